package org.tripleo.cdcloud.fleet;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One job execution with its per-host results: what {@code GET
 * /api/batch/executions/{id}} answers and the CLI prints.
 *
 * @param id the execution id
 * @param job the job name
 * @param status the Batch status ({@code STARTED}, {@code COMPLETED}, {@code FAILED},
 * ...)
 * @param exitDescription why it ended so, when it says
 * @param parameters the job parameters
 * @param startTime when it started, or null
 * @param endTime when it ended, or null while running
 * @param hosts how many hosts this execution covers, and how many are in each state
 * @param results per host, in inventory order
 */
public record ExecutionReport(long id, String job, String status, String exitDescription,
		Map<String, String> parameters, LocalDateTime startTime, LocalDateTime endTime, Counts hosts,
		List<HostResult> results) {

	/**
	 * Whether the execution is still going.
	 * @return true until it ends
	 */
	public boolean running() {
		return endTime == null;
	}

	/**
	 * Host counts.
	 *
	 * @param total hosts in this execution
	 * @param completed hosts done (including dry runs)
	 * @param failed hosts failed or not run after an abort
	 * @param running hosts in progress
	 */
	public record Counts(int total, int completed, int failed, int running) {

		@Override
		public String toString() {
			return (completed + failed) + "/" + total + " hosts done, " + failed + " failed, " + running + " running";
		}

	}

}
