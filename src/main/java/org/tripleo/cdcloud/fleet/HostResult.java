package org.tripleo.cdcloud.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.ssh.CommandResult;

/**
 * What a job did on one host, stored in the host's step execution context and shown by
 * {@code GET /api/batch/executions/{id}}.
 *
 * @param host the machine name
 * @param outcome {@code RUNNING}, {@code COMPLETED}, {@code FAILED} or {@code DRY_RUN}
 * @param message why it failed, or a summary
 * @param steps the commands run, in order
 * @param facts what the host reported (hardware audit)
 * @param drift differences from the inventory (hardware audit)
 */
public record HostResult(String host, String outcome, String message, List<StepResult> steps, Map<String, String> facts,
		List<String> drift) {

	public HostResult {
		steps = List.copyOf(steps);
		facts = new LinkedHashMap<>(facts);
		drift = List.copyOf(drift);
	}

	static HostResult start(String host) {
		return new HostResult(host, "RUNNING", null, List.of(), Map.of(), List.of());
	}

	HostResult with(StepResult step) {
		List<StepResult> more = new ArrayList<>(steps);
		more.add(step);
		return new HostResult(host, outcome, message, more, facts, drift);
	}

	HostResult ended(String outcome, String message) {
		return new HostResult(host, outcome, message, steps, facts, drift);
	}

	HostResult audited(Map<String, String> facts, List<String> drift) {
		return new HostResult(host, outcome, message, steps, facts, drift);
	}

	/**
	 * The result to resume from after a failure: the steps that succeeded, in order.
	 * @return the result without the failed tail
	 */
	HostResult resumable() {
		List<StepResult> done = new ArrayList<>();
		for (StepResult step : steps) {
			if (!step.ok()) {
				break;
			}
			done.add(step);
		}
		return new HostResult(host, "RUNNING", null, done, facts, drift);
	}

	/**
	 * One command run on the host.
	 *
	 * @param name the recipe step name
	 * @param command the script (dry run) or null
	 * @param exitStatus the exit status, null when timed out or not run
	 * @param ok whether it succeeded
	 * @param changed whether it changed something
	 * @param durationMillis wall time
	 * @param stdoutTail the end of stdout
	 * @param stderrTail the end of stderr
	 */
	public record StepResult(String name, String command, Integer exitStatus, boolean ok, boolean changed,
			long durationMillis, String stdoutTail, String stderrTail) {

		static StepResult of(String name, CommandResult result, boolean ok, boolean changed) {
			String stderr = result.timedOut() ? result.stderrTail() + "[timed out]" : result.stderrTail();
			return new StepResult(name, null, result.exitStatus(), ok, changed, result.durationMillis(),
					result.stdoutTail(), stderr);
		}

		static StepResult dryRun(String name, String command) {
			return new StepResult(name, command, null, true, false, 0, "", "");
		}

	}

}
