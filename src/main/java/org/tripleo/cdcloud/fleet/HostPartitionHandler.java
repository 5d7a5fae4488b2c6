package org.tripleo.cdcloud.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Runs the host partitions in inventory order with at most {@code maxUnavailable} hosts
 * in progress at once (a sliding window: the next host starts as soon as one finishes).
 * The limit is read per execution, so concurrent runs do not share it.
 */
final class HostPartitionHandler extends AbstractPartitionHandler {

	private final Step worker;

	private final int defaultParallel;

	HostPartitionHandler(Step worker, int defaultParallel) {
		this.worker = worker;
		this.defaultParallel = defaultParallel;
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
		int limit = FleetJobs.intParameter(FleetJobs.strings(manager.getJobParameters()), FleetJobs.MAX_UNAVAILABLE,
				defaultParallel);
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("fleet-" + manager.getJobExecutionId() + "-");
		executor.setConcurrencyLimit(Math.max(1, limit));
		List<Future<StepExecution>> running = new ArrayList<>();
		List<StepExecution> ordered = new ArrayList<>(partitions);
		ordered
			.sort(Comparator.comparingInt((StepExecution p) -> p.getExecutionContext().getInt(HostTasklet.INDEX, 0)));
		for (StepExecution partition : ordered) {
			FutureTask<StepExecution> task = new FutureTask<>(() -> {
				worker.execute(partition);
				return partition;
			});
			executor.execute(task);
			running.add(task);
		}
		Set<StepExecution> done = new LinkedHashSet<>();
		for (Future<StepExecution> task : running) {
			done.add(task.get());
		}
		return done;
	}

}
