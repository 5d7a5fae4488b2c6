package org.tripleo.cdcloud.provisioning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The fan-out of a fleet run ({@code ${nodeProcesses.start(execution)}} in
 * {@code fleet-provisioning}) and its fan-in
 * ({@code ${nodeProcesses.reportEnd(execution)}} on {@code node-provisioning}'s end
 * events): node processes are independent instances with the run id as business key, and
 * {@link RunEnds} counts the ones still pending. A multi-instance call activity kept one
 * execution per node in the fleet instance, so every child's start and end loaded the
 * whole tree (quadratic in the fleet's size).
 */
@Component("nodeProcesses")
public class NodeProcesses {

	/** The node process's key. */
	static final String NODE_PROCESS = "node-provisioning";

	/** The message the fleet instance waits for. */
	static final String NODES_ENDED = "nodesEnded";

	/** The fleet's variables every node process gets. */
	private static final List<String> PASSED_ON = List.of(ProvisioningVariables.RUN_ID,
			ProvisioningVariables.BIOS_PROFILE, ProvisioningVariables.IMAGE,
			ProvisioningVariables.ALLOW_DESTRUCTIVE_RAID, ProvisioningVariables.POLL_INTERVAL,
			ProvisioningVariables.RETRY_CYCLE);

	private final RunStore runs;

	private final RunEnds ends;

	NodeProcesses(RunStore runs, RunEnds ends) {
		this.runs = runs;
		this.ends = ends;
	}

	/**
	 * Starts one node process per node of the run, in the caller's transaction; each
	 * stops at its first job.
	 */
	public void start(DelegateExecution fleet) {
		String runId = runId(fleet);
		Map<String, Object> common = new HashMap<>();
		PASSED_ON.forEach((name) -> common.put(name, fleet.getVariable(name)));
		RuntimeService runtime = fleet.getProcessEngineServices().getRuntimeService();
		List<String> nodes = runs.nodes(runId);
		ends.expect(runId, nodes.size());
		for (String node : nodes) {
			Map<String, Object> variables = new HashMap<>(common);
			variables.put(ProvisioningVariables.NODE, node);
			runtime.startProcessInstanceByKey(NODE_PROCESS, runId, variables);
		}
	}

	/** Counts the node's process as ended; the run's last one resumes the fleet. */
	public void reportEnd(DelegateExecution node) {
		String runId = runId(node);
		if (ends.end(runId, (String) node.getVariable(ProvisioningVariables.NODE))) {
			node.getProcessEngineServices()
				.getRuntimeService()
				.createMessageCorrelation(NODES_ENDED)
				.processInstanceBusinessKey(runId)
				.correlateAll();
		}
	}

	private static String runId(DelegateExecution execution) {
		return (String) execution.getVariable(ProvisioningVariables.RUN_ID);
	}

}
