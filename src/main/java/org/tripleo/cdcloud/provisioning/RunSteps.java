package org.tripleo.cdcloud.provisioning;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The bookkeeping steps of {@code node-provisioning} and {@code fleet-provisioning}
 * ({@code ${runSteps.claim(execution)}}): the node's claim, the run's concurrency slots
 * and failure policy, node states and the run record. Database only, in the engine's
 * transaction.
 */
@Component("runSteps")
public class RunSteps {

	private final RunStore runs;

	private final NodeClaims claims;

	private final NodeStateStore states;

	RunSteps(RunStore runs, NodeClaims claims, NodeStateStore states) {
		this.runs = runs;
		this.claims = claims;
		this.states = states;
	}

	/**
	 * Holds the node for the run (the run's start already claimed it; re-claiming is a
	 * no-op).
	 */
	public void claim(DelegateExecution execution) {
		claims.claim(node(execution), runId(execution));
	}

	/** Takes a concurrency slot: {@code go}, {@code wait} or {@code skip}. */
	public String acquireSlot(DelegateExecution execution) {
		return runs.acquireSlot(runId(execution), node(execution));
	}

	/** The failure policy stopped the run: the node is left as it is. */
	public void skip(DelegateExecution execution) {
		runs.finishNode(runId(execution), node(execution), "skipped", "not started: the run's failure limit was hit");
		claims.release(node(execution), runId(execution));
	}

	public void markActive(DelegateExecution execution) {
		runs.finishNode(runId(execution), node(execution), "active", null);
		states.set(node(execution), NodeStateStore.ACTIVE, runId(execution));
		claims.release(node(execution), runId(execution));
	}

	/** Records the failure; the node keeps its claim while an admin decides. */
	public void markFailed(DelegateExecution execution) {
		String error = execution.getVariable(ProvisioningVariables.FAILURE_CODE) + ": "
				+ execution.getVariable(ProvisioningVariables.FAILURE_MESSAGE);
		runs.finishNode(runId(execution), node(execution), "failed", error);
		states.set(node(execution), NodeStateStore.FAILED, runId(execution));
	}

	/**
	 * An admin gave up on the node: it needs hands-on care, and is free for another run.
	 */
	public void abort(DelegateExecution execution) {
		runs.finishNode(runId(execution), node(execution), "aborted",
				"aborted after " + execution.getVariable(ProvisioningVariables.FAILURE_CODE));
		states.set(node(execution), NodeStateStore.MAINTENANCE, runId(execution));
		claims.release(node(execution), runId(execution));
	}

	/**
	 * The fleet's nodes, one called instance each (read from the run, not a variable).
	 */
	public List<String> nodes(DelegateExecution execution) {
		return runs.nodes(runId(execution));
	}

	public void finishRun(DelegateExecution execution) {
		runs.finishRun(runId(execution));
	}

	private static String runId(DelegateExecution execution) {
		return (String) execution.getVariable(ProvisioningVariables.RUN_ID);
	}

	private static String node(DelegateExecution execution) {
		return (String) execution.getVariable(ProvisioningVariables.NODE);
	}

}
