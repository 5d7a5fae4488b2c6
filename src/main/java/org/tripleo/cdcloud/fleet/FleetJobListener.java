package org.tripleo.cdcloud.fleet;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;

/**
 * Marks each execution with the node and process running it (so a crash can be told from
 * a run in progress, see {@link StaleExecutions}) and drops the run's failure accounting
 * when it ends.
 */
final class FleetJobListener implements JobExecutionListener {

	static final String NODE = "node";

	static final String PID = "pid";

	private final FleetJobs fleet;

	private final String node;

	FleetJobListener(FleetJobs fleet, String node) {
		this.fleet = fleet;
		this.node = node;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		jobExecution.getExecutionContext().putString(NODE, node);
		jobExecution.getExecutionContext().putLong(PID, ProcessHandle.current().pid());
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		fleet.forget(jobExecution.getId());
	}

}
