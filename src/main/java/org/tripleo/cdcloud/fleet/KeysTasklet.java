package org.tripleo.cdcloud.fleet;

import java.util.List;
import java.util.Set;

import org.springframework.batch.repeat.RepeatStatus;
import org.tripleo.cdcloud.fleet.HostResult.StepResult;
import org.tripleo.cdcloud.ssh.CommandResult;

/**
 * authorizedKeysSync on one host: writes the access-rule key set atomically, only when it
 * differs (idempotent), keeping the previous file.
 */
class KeysTasklet extends HostTasklet {

	private final AuthorizedKeys authorizedKeys;

	KeysTasklet(FleetJobs fleet, AuthorizedKeys authorizedKeys) {
		super(fleet);
		this.authorizedKeys = authorizedKeys;
	}

	@Override
	protected RepeatStatus work() {
		Set<String> keys = authorizedKeys.keys(machine);
		CommandResult run = connection().run(authorizedKeys.script(fleet.properties.authorizedKeysFile(), keys));
		boolean ok = run.exitedWith(List.of(0));
		boolean changed = ok && run.stdoutTail().strip().equals("changed");
		result = result.with(StepResult.of("write-authorized-keys", run, ok, changed));
		if (!ok) {
			throw new HostFailedException("writing authorized_keys failed: exit " + run.exitStatus());
		}
		result = result.ended("COMPLETED",
				changed ? "authorized_keys updated (" + keys.size() + " keys)" : "unchanged");
		return RepeatStatus.FINISHED;
	}

	@Override
	protected int defaultMaxFailPercent() {
		return 100;
	}

}
