package org.tripleo.cdcloud.provisioning;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.provisioning.NodeDeploy.Deployment;
import org.tripleo.cdcloud.provisioning.NodePower.PowerState;
import org.tripleo.cdcloud.provisioning.NodeRaid.Plan;
import org.tripleo.cdcloud.provisioning.NodeVerifier.Verification;
import org.tripleo.cdcloud.provisioning.ProvisioningTargets.Target;

/**
 * The hardware steps of {@code node-provisioning}
 * ({@code ${nodeSteps.powerOff(execution)}}): each reads its idempotence check before it
 * changes anything, so a step re-run after a crash or a retry does not repeat a change.
 * Outcomes the model handles are {@link BpmnError}s with the codes below; a hardware
 * seam's exception propagates, so the engine retries and then raises an incident.
 */
@Component("nodeSteps")
public class NodeSteps {

	static final String INVALID = "INVALID";

	static final String BIOS_DRIFT = "BIOS_DRIFT";

	static final String RAID_DESTRUCTIVE = "RAID_DESTRUCTIVE";

	static final String DEPLOY_FAILED = "DEPLOY_FAILED";

	static final String NODE_DRIFT = "NODE_DRIFT";

	static final String TIMEOUT = "TIMEOUT";

	private final ProvisioningTargets targets;

	private final NodeHardware hardware;

	private final RunStore runs;

	private final NodeStateStore states;

	private final ProvisioningProperties properties;

	NodeSteps(ProvisioningTargets targets, NodeHardware hardware, RunStore runs, NodeStateStore states,
			ProvisioningProperties properties) {
		this.targets = targets;
		this.hardware = hardware;
		this.runs = runs;
		this.states = states;
		this.properties = properties;
	}

	public void validate(DelegateExecution execution) {
		String runId = (String) execution.getVariable(ProvisioningVariables.RUN_ID);
		String node = (String) execution.getVariable(ProvisioningVariables.NODE);
		runs.enterStep(runId, node, "validate");
		try {
			target(execution);
		}
		catch (InvalidRunRequestException ex) {
			throw new BpmnError(INVALID, ex.getMessage());
		}
		states.set(node, NodeStateStore.MANAGEABLE, runId);
	}

	public void powerOff(DelegateExecution execution) {
		Target target = enter(execution, "powerOff");
		states.set(target.machine().name(), NodeStateStore.PROVISIONING, target.runId());
		if (hardware.power().state(target.machine()).headsOn()) {
			hardware.power().powerOff(target.machine());
		}
	}

	public boolean isPoweredOff(DelegateExecution execution) {
		return polled(execution, hardware.power().state(target(execution).machine()) == PowerState.OFF);
	}

	public void applyBios(DelegateExecution execution) {
		Target target = enter(execution, "bios");
		Map<String, String> diff = hardware.bios().diff(target.machine(), target.bios());
		if (!diff.isEmpty()) {
			hardware.bios().apply(target.machine(), diff);
		}
	}

	public void verifyBios(DelegateExecution execution) {
		Target target = target(execution);
		List<String> unapplied = hardware.bios().unapplied(target.machine(), target.bios());
		if (!unapplied.isEmpty()) {
			throw new BpmnError(BIOS_DRIFT, "BIOS attributes not applied: " + String.join(", ", unapplied));
		}
	}

	public void applyRaid(DelegateExecution execution) {
		Target target = enter(execution, "raid");
		Plan plan = hardware.raid().plan(target.machine(), target.hardware());
		if (plan == Plan.DESTRUCTIVE_REPLACE && !target.allowDestructiveRaid()) {
			throw new BpmnError(RAID_DESTRUCTIVE, "a different RAID volume exists on " + target.machine().name()
					+ "; replacing it destroys its data and needs allowDestructiveRaid=true");
		}
		if (plan != Plan.NONE) {
			hardware.raid().apply(target.machine(), target.hardware(), plan);
		}
	}

	public void setPxeBoot(DelegateExecution execution) {
		Target target = enter(execution, "pxeBoot");
		if (!hardware.boot().isPxe(target.machine(), properties.pxePersistent())) {
			hardware.boot().setPxe(target.machine(), properties.pxePersistent());
		}
	}

	public void powerOn(DelegateExecution execution) {
		Target target = target(execution);
		if (!hardware.power().state(target.machine()).headsOn()) {
			hardware.power().powerOn(target.machine());
		}
	}

	public void startDeploy(DelegateExecution execution) {
		Target target = enter(execution, "deploy");
		Deployment deployment = hardware.deploy().deployment(target.machine());
		if (!deployment.covers(target.runId())) {
			hardware.deploy().start(target.machine(), target.image(), target.runId());
		}
	}

	public boolean isDeployed(DelegateExecution execution) {
		Deployment deployment = hardware.deploy().deployment(target(execution).machine());
		if (NodeDeploy.DEPLOY_FAILED.equals(deployment.state())) {
			throw new BpmnError(DEPLOY_FAILED, "deploy failed: " + deployment.lastError());
		}
		return polled(execution, NodeDeploy.ACTIVE.equals(deployment.state()));
	}

	public boolean verify(DelegateExecution execution) {
		Target target = enter(execution, "verify");
		Verification verification = hardware.verifier().verify(target.machine(), target.hardware());
		if (!verification.drift().isEmpty()) {
			throw new BpmnError(NODE_DRIFT, "drift: " + String.join("; ", verification.drift()));
		}
		return polled(execution, verification.reachable());
	}

	private Target enter(DelegateExecution execution, String step) {
		Target target = target(execution);
		runs.enterStep(target.runId(), target.machine().name(), step);
		return target;
	}

	private Target target(DelegateExecution execution) {
		return targets.target(execution);
	}

	/** Counts a wait loop's checks; fails the step when the loop ran out of them. */
	private boolean polled(DelegateExecution execution, boolean done) {
		if (done) {
			execution.removeVariable(ProvisioningVariables.POLLS);
			return true;
		}
		Integer polls = (Integer) execution.getVariable(ProvisioningVariables.POLLS);
		int next = (polls != null) ? polls + 1 : 1;
		if (next > properties.maxPolls()) {
			throw new BpmnError(TIMEOUT, "still waiting after " + properties.maxPolls() + " checks");
		}
		execution.setVariable(ProvisioningVariables.POLLS, next);
		return false;
	}

}
