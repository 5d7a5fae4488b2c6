package org.tripleo.cdcloud.fleet;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Launches, restarts and reports the fleet's batch jobs; the REST API, the CLI and
 * {@link SshMachineAccess} all go through it. Launches run outside any caller transaction
 * (Batch refuses to create an execution inside one, e.g. a Camunda delegate's).
 */
public class BatchService {

	private static final Duration MAX_WAIT = Duration.ofMinutes(5);

	private static final Duration RECHECK = Duration.ofSeconds(1);

	private final Map<String, Job> jobs;

	private final JobExplorer explorer;

	private final TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();

	private final TransactionTemplate outsideTransactions;

	private final FleetJobs fleet;

	private final FleetJobMessages messages;

	private final SimpleAsyncTaskExecutor afterCommit = new SimpleAsyncTaskExecutor("fleet-launch-");

	private final JobEnds ends = new JobEnds();

	private final AtomicLong runIds = new AtomicLong(System.currentTimeMillis() * 1000);

	BatchService(List<Job> jobs, JobRepository repository, JobExplorer explorer,
			PlatformTransactionManager transactionManager, FleetJobs fleet, FleetJobMessages messages) {
		this.messages = messages;
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
		this.explorer = explorer;
		this.fleet = fleet;
		this.launcher.setJobRepository(repository);
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("fleet-job-");
		// the launcher's task returns once the job's end is stored: then wake the waiters
		this.launcher.setTaskExecutor((task) -> threads.execute(() -> {
			try {
				task.run();
			}
			finally {
				ends.ended();
			}
		}));
		this.outsideTransactions = new TransactionTemplate(transactionManager);
		this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	/**
	 * Starts a job in the background after validating its parameters.
	 * @param jobName fleetUpdate, hardwareAudit or authorizedKeysSync
	 * @param parameters job parameters ({@code recipe}, {@code hosts}, {@code role},
	 * {@code maxUnavailable}, {@code maxFailPercent}, {@code dryRun}, recipe parameters)
	 * @return the execution id
	 * @throws FleetException if the job is unknown or a parameter invalid
	 */
	public long launch(String jobName, Map<String, String> parameters) {
		return start(job(jobName), jobParameters(parameters));
	}

	private JobParameters jobParameters(Map<String, String> parameters) {
		JobParametersBuilder builder = new JobParametersBuilder();
		parameters.forEach(builder::addString);
		builder.addLong(FleetJobs.RUN_ID, runIds.incrementAndGet());
		return builder.toJobParameters();
	}

	/**
	 * Validates a job launch now and starts it once the caller's transaction has
	 * committed (Batch refuses to start inside one), on another thread; the job's end, or
	 * a launch that fails then, is told to the process instance as {@code fleetJobEnded}.
	 * @param jobName the job
	 * @param parameters its parameters
	 * @param processInstanceId the process instance waiting for the job's end
	 * @throws FleetException if the job is unknown or a parameter invalid
	 * @throws IllegalStateException if the caller has no transaction
	 */
	public void launchAfterCommit(String jobName, Map<String, String> parameters, String processInstanceId) {
		Map<String, String> withProcess = new LinkedHashMap<>(parameters);
		withProcess.put(FleetJobs.PROCESS_INSTANCE, processInstanceId);
		Job job = job(jobName);
		try {
			job.getJobParametersValidator().validate(jobParameters(withProcess));
		}
		catch (JobParametersInvalidException ex) {
			throw FleetException.invalid(ex.getMessage());
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				afterCommit.execute(() -> {
					try {
						launch(jobName, withProcess);
					}
					catch (RuntimeException ex) {
						messages.ended(processInstanceId, null, FleetJobMessages.NOT_STARTED, ex.getMessage());
					}
				});
			}
		});
	}

	/**
	 * Restarts a failed or stopped execution: only hosts not completed run again, each
	 * from its last checkpoint.
	 * @param executionId the execution to restart
	 * @return the new execution id
	 * @throws FleetException if unknown, still running or already completed
	 */
	public long restart(long executionId) {
		JobExecution previous = execution(executionId);
		if (previous.getStatus().isRunning()) {
			throw FleetException.conflict("execution " + executionId + " is still " + previous.getStatus());
		}
		if (previous.getStatus() == BatchStatus.COMPLETED) {
			throw FleetException.conflict("execution " + executionId + " completed: nothing to restart");
		}
		return start(job(previous.getJobInstance().getJobName()), previous.getJobParameters());
	}

	/**
	 * Waits until an execution ends.
	 * @param executionId the execution
	 * @param deadline how long to wait at most
	 * @param progress called with each new report while waiting
	 * @return the final report
	 * @throws FleetException if it does not end in time
	 */
	public ExecutionReport await(long executionId, Duration deadline, Consumer<ExecutionReport> progress) {
		ExecutionReport report = waitForEnd(executionId, deadline, progress);
		if (report.running()) {
			throw FleetException.failed("execution " + executionId + " still running after " + deadline);
		}
		return report;
	}

	/**
	 * Reports an execution once it has ended or the wait is over, whichever comes first.
	 * @param executionId the execution
	 * @param wait how long to wait for its end, 0 to 300 s
	 * @return the report
	 * @throws FleetException if unknown or the wait out of range
	 */
	public ExecutionReport report(long executionId, Duration wait) {
		if (wait.isNegative() || wait.compareTo(MAX_WAIT) > 0) {
			throw FleetException.invalid("wait must be 0 to " + MAX_WAIT.toSeconds() + " seconds");
		}
		return waitForEnd(executionId, wait, (report) -> {
		});
	}

	private ExecutionReport waitForEnd(long executionId, Duration deadline, Consumer<ExecutionReport> progress) {
		long end = System.nanoTime() + deadline.toNanos();
		while (true) {
			// taken before reading, so an end between the read and the wait is not missed
			CompletableFuture<Void> ended = ends.next();
			ExecutionReport report = report(executionId);
			long left = end - System.nanoTime();
			if (!report.running() || left <= 0) {
				return report;
			}
			progress.accept(report);
			JobEnds.await(ended, Math.min(left, RECHECK.toNanos()));
		}
	}

	/**
	 * Reports an execution with its per-host results.
	 * @param executionId the execution
	 * @return the report
	 * @throws FleetException if unknown
	 */
	public ExecutionReport report(long executionId) {
		JobExecution execution = execution(executionId);
		List<StepExecution> hosts = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getExecutionContext().containsKey(HostTasklet.HOST))
			.sorted(Comparator
				.comparingInt((StepExecution step) -> step.getExecutionContext().getInt(HostTasklet.INDEX, 0)))
			.toList();
		List<HostResult> results = hosts.stream().map(this::result).toList();
		int failed = (int) hosts.stream().filter((step) -> step.getStatus().isUnsuccessful()).count();
		int completed = (int) hosts.stream().filter((step) -> step.getStatus() == BatchStatus.COMPLETED).count();
		int running = (int) hosts.stream().filter((step) -> step.getStatus() == BatchStatus.STARTED).count();
		return new ExecutionReport(execution.getId(), execution.getJobInstance().getJobName(),
				execution.getStatus().name(), execution.getExitStatus().getExitDescription(),
				FleetJobs.strings(execution.getJobParameters()), execution.getStartTime(), execution.getEndTime(),
				new ExecutionReport.Counts(hosts.size(), completed, failed, running), results);
	}

	private HostResult result(StepExecution step) {
		String stored = step.getExecutionContext().getString(HostTasklet.RESULT, null);
		String host = step.getExecutionContext().getString(HostTasklet.HOST);
		return (stored != null) ? fleet.read(stored) : HostResult.start(host).ended(step.getStatus().name(), null);
	}

	private long start(Job job, JobParameters parameters) {
		JobExecution execution = outsideTransactions.execute((status) -> {
			try {
				return launcher.run(job, parameters);
			}
			catch (FleetException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw FleetException.conflict("cannot start " + job.getName() + ": " + ex.getMessage());
			}
		});
		return execution.getId();
	}

	private Job job(String name) {
		Job job = jobs.get(name);
		if (job == null) {
			throw FleetException.notFound("no job '" + name + "'; jobs: " + String.join(", ", jobs.keySet()));
		}
		return job;
	}

	private JobExecution execution(long executionId) {
		JobExecution execution = explorer.getJobExecution(executionId);
		if (execution == null) {
			throw FleetException.notFound("no job execution " + executionId);
		}
		return execution;
	}

}
