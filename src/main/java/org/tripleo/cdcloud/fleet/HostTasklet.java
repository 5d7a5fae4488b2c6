package org.tripleo.cdcloud.fleet;

import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.ssh.SshConnection;

/**
 * The worker of one host's partition: one SSH connection for the whole step, the result
 * checkpointed in the step execution context after every call, a failure counted against
 * maxFailPercent. Subclasses do the host's work in {@link #work}.
 */
abstract class HostTasklet implements Tasklet, StepExecutionListener {

	static final String HOST = "host";

	static final String HOSTS = "hosts";

	static final String INDEX = "index";

	static final String RESULT = "result";

	protected final FleetJobs fleet;

	protected Machine machine;

	protected HostResult result;

	protected Map<String, String> parameters;

	protected String jobName;

	protected long instanceId;

	private SshConnection connection;

	HostTasklet(FleetJobs fleet) {
		this.fleet = fleet;
	}

	/**
	 * Does (the next part of) the host's work, updating {@link #result}.
	 * @return CONTINUABLE to be called again after a checkpoint, FINISHED when done
	 * @throws HostFailedException when the host failed; {@link #result} says how
	 */
	protected abstract RepeatStatus work();

	/** The maxFailPercent used when the job gives none. */
	protected abstract int defaultMaxFailPercent();

	@Override
	public void beforeStep(StepExecution stepExecution) {
		machine = fleet.machine(stepExecution.getExecutionContext().getString(HOST));
		parameters = FleetJobs.strings(stepExecution.getJobParameters());
		jobName = stepExecution.getJobExecution().getJobInstance().getJobName();
		instanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		String stored = stepExecution.getExecutionContext().getString(RESULT, null);
		result = (stored != null) ? fleet.read(stored).resumable() : HostResult.start(machine.name());
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		if (connection == null && fleet.aborted(step.getJobExecutionId())) {
			throw new HostFailedException("not run: the job aborted, too many hosts failed");
		}
		RepeatStatus status = work();
		step.getExecutionContext().putString(RESULT, fleet.write(result));
		return status;
	}

	protected SshConnection connection() {
		if (connection == null) {
			connection = fleet.ssh.connect(fleet.ssh.target(machine.name(), machine.ip()));
		}
		return connection;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (connection != null) {
			connection.close();
		}
		boolean failed = stepExecution.getStatus() != BatchStatus.COMPLETED;
		if (failed) {
			String why = stepExecution.getFailureExceptions()
				.stream()
				.findFirst()
				.map(Throwable::getMessage)
				.orElse(stepExecution.getStatus().name());
			result = result.ended("FAILED", why);
			fleet.hostFailed(stepExecution.getJobExecutionId(), stepExecution.getExecutionContext().getInt(HOSTS),
					FleetJobs.intParameter(parameters, FleetJobs.MAX_FAIL_PERCENT, defaultMaxFailPercent()));
		}
		else if ("RUNNING".equals(result.outcome())) {
			result = result.ended("COMPLETED", result.message());
		}
		stepExecution.getExecutionContext().putString(RESULT, fleet.write(result));
		fleet.count(stepExecution.getJobExecution().getJobInstance().getJobName(), machine.name(), result.outcome());
		return null;
	}

	/** A host failed; the host result already says how. */
	static final class HostFailedException extends RuntimeException {

		HostFailedException(String message) {
			super(message);
		}

	}

}
