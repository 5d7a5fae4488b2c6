package org.tripleo.cdcloud.fleet;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Marks each execution with the node and process running it (so a crash can be told from
 * a run in progress, see {@link StaleExecutions}), drops the run's failure accounting
 * when it ends, and tells a waiting {@code fleet-job} process instance the end.
 */
final class FleetJobListener implements JobExecutionListener {

	static final String NODE = "node";

	static final String PID = "pid";

	private final FleetJobs fleet;

	private final String node;

	private final JobRepository repository;

	private final FleetJobMessages messages;

	FleetJobListener(FleetJobs fleet, String node, JobRepository repository, FleetJobMessages messages) {
		this.messages = messages;
		this.fleet = fleet;
		this.node = node;
		this.repository = repository;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		jobExecution.getExecutionContext().putString(NODE, node);
		jobExecution.getExecutionContext().putLong(PID, ProcessHandle.current().pid());
		// Batch saves the job's context only after a step: a crash in the first (only)
		// step would leave no owner to recognise it by.
		repository.updateExecutionContext(jobExecution);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		String processInstance = jobExecution.getJobParameters().getString(FleetJobs.PROCESS_INSTANCE);
		if (processInstance != null) {
			// the message carries the final status: the process need not read it back
			messages.ended(processInstance, jobExecution.getId(), jobExecution.getStatus().name(),
					jobExecution.getExitStatus().getExitDescription());
		}
		fleet.forget(jobExecution.getId());
	}

}
