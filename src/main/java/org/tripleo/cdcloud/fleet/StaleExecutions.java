package org.tripleo.cdcloud.fleet;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;

/**
 * After a crash (kill -9) Batch 5.2 leaves the execution STARTED forever and refuses to
 * restart it. At start-up, executions of this node whose process is gone are marked
 * FAILED (steps too), so they can be restarted; runs of a live process (a CLI run beside
 * the service, another node) are left alone.
 */
final class StaleExecutions {

	private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final String node;

	StaleExecutions(JobExplorer explorer, JobRepository repository, String node) {
		this.explorer = explorer;
		this.repository = repository;
		this.node = node;
	}

	/**
	 * Marks every stale execution of the given jobs FAILED.
	 * @param jobNames the jobs to look at
	 * @return how many were marked
	 */
	int recover(Iterable<String> jobNames) {
		int marked = 0;
		for (String jobName : jobNames) {
			for (JobExecution execution : explorer.findRunningJobExecutions(jobName)) {
				if (isStale(execution)) {
					markFailed(execution);
					marked++;
				}
			}
		}
		return marked;
	}

	private boolean isStale(JobExecution execution) {
		String owner = execution.getExecutionContext().getString(FleetJobListener.NODE, null);
		long pid = execution.getExecutionContext().getLong(FleetJobListener.PID, -1L);
		boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		return node.equals(owner) && pid != ProcessHandle.current().pid() && !alive;
	}

	private void markFailed(JobExecution execution) {
		LocalDateTime now = LocalDateTime.now();
		ExitStatus crashed = ExitStatus.FAILED.addExitDescription("process " + node + "/"
				+ execution.getExecutionContext().getLong(FleetJobListener.PID, -1L) + " died while running");
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(crashed);
				step.setEndTime(now);
				repository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(crashed);
		execution.setEndTime(now);
		repository.update(execution);
		log.warn("FLEET-010 execution {} of {} was left running by a dead process: marked FAILED, restartable",
				execution.getId(), execution.getJobInstance().getJobName());
	}

}
