package org.tripleo.cdcloud.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.team.ChangeReport;
import org.tripleo.cdcloud.team.MachineAccess;

/**
 * {@link MachineAccess} over SSH: runs the authorizedKeysSync job on every machine an ssh
 * access rule covers and waits for it. Active only with
 * {@code cdcloud.fleet.enabled=true}.
 */
class SshMachineAccess implements MachineAccess {

	private static final Duration DEADLINE = Duration.ofMinutes(10);

	private final BatchService batch;

	private final AuthorizedKeys authorizedKeys;

	SshMachineAccess(BatchService batch, AuthorizedKeys authorizedKeys) {
		this.batch = batch;
		this.authorizedKeys = authorizedKeys;
	}

	@Override
	public ChangeReport syncAuthorizedKeys() {
		long id = batch.launch("authorizedKeysSync", Map.of(HostSelection.HOSTS, authorizedKeys.covered()));
		ExecutionReport report = batch.await(id, DEADLINE, (progress) -> {
		});
		List<String> failed = report.results()
			.stream()
			.filter((host) -> !"COMPLETED".equals(host.outcome()))
			.map((host) -> host.host() + ": " + host.message())
			.toList();
		if (!failed.isEmpty()) {
			throw FleetException.failed("authorized_keys sync (execution " + id + ") failed on " + failed);
		}
		return new ChangeReport(report.results()
			.stream()
			.filter((host) -> !"unchanged".equals(host.message()))
			.map((host) -> host.host() + ": " + host.message())
			.toList());
	}

}
