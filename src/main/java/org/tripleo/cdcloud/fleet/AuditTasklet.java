package org.tripleo.cdcloud.fleet;

import java.util.List;
import java.util.Map;

import org.springframework.batch.repeat.RepeatStatus;
import org.tripleo.cdcloud.fleet.HostResult.StepResult;
import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.ssh.CommandResult;

/**
 * hardwareAudit on one host: reads CPU, memory, disks and eth2 speed over SSH and records
 * the drift from the machine's hardware profile (drift is a finding, not a failure).
 */
class AuditTasklet extends HostTasklet {

	AuditTasklet(FleetJobs fleet) {
		super(fleet);
	}

	@Override
	protected RepeatStatus work() {
		CommandResult run = connection().run(HardwareDrift.FACTS_COMMAND);
		boolean ok = run.exitedWith(List.of(0));
		result = result.with(StepResult.of("facts", run, ok, false));
		if (!ok) {
			throw new HostFailedException("reading facts failed: exit " + run.exitStatus());
		}
		Map<String, String> facts = HardwareDrift.facts(run.stdoutTail());
		HardwareProfile profile = (machine.hardware() != null)
				? fleet.inventory.hardwareProfiles().get(machine.hardware()) : null;
		List<String> drift = (profile != null) ? HardwareDrift.compare(profile, facts)
				: List.of("no hardware profile in the inventory");
		result = result.audited(facts, drift)
			.ended("COMPLETED", drift.isEmpty() ? "no drift" : drift.size() + " drift(s)");
		return RepeatStatus.FINISHED;
	}

	@Override
	protected int defaultMaxFailPercent() {
		return 100;
	}

}
