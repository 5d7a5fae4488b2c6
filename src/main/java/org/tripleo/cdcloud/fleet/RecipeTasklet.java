package org.tripleo.cdcloud.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.repeat.RepeatStatus;
import org.tripleo.cdcloud.fleet.HostResult.StepResult;
import org.tripleo.cdcloud.ssh.CommandResult;
import org.tripleo.cdcloud.ssh.CommandSequence;
import org.tripleo.cdcloud.ssh.SshCommand;

/**
 * fleetUpdate on one host: runs the recipe's steps in order in one remote shell and takes
 * their results one per call, so each finished step is checkpointed and a restart resumes
 * at the first step not done; a dry run records each step's script and connects nowhere.
 */
class RecipeTasklet extends HostTasklet {

	private CommandSequence sequence;

	RecipeTasklet(FleetJobs fleet) {
		super(fleet);
	}

	@Override
	protected RepeatStatus work() {
		Recipe recipe = fleet.recipes.get(parameters.get(FleetJobs.RECIPE));
		Map<String, String> values = recipe.validate(recipeValues(parameters));
		List<RecipeStep> steps = recipe.steps();
		if (Boolean.parseBoolean(parameters.get(FleetJobs.DRY_RUN))) {
			steps.forEach((step) -> result = result
				.with(StepResult.dryRun(step.name(), Recipe.script(step, machine.name(), values))));
			result = result.ended("DRY_RUN", "dry run: nothing was run");
			return RepeatStatus.FINISHED;
		}
		int next = result.steps().size();
		if (next >= steps.size()) {
			// every step was checkpointed before a crash ended the partition
			return RepeatStatus.FINISHED;
		}
		if (sequence == null) {
			// the remaining steps in one remote shell; each result is still checkpointed
			// as it comes (one chunk per step), and each step keeps its receipt
			List<SshCommand> commands = new ArrayList<>();
			for (int i = next; i < steps.size(); i++) {
				commands.add(command(steps.get(i), i, values));
			}
			sequence = connection().start(commands);
		}
		RecipeStep step = steps.get(next);
		CommandResult run = sequence.next();
		boolean ok = run.exitedWith(step.allowedExitCodes());
		result = result.with(StepResult.of(step.name(), run, ok, ok && step.changed(run.stdoutTail())));
		if (!ok) {
			throw new HostFailedException("step " + step.name()
					+ (run.timedOut() ? " timed out after " + step.timeout() : " exited " + run.exitStatus()));
		}
		return (next + 1 < steps.size()) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

	private SshCommand command(RecipeStep step, int index, Map<String, String> values) {
		String receipt = ".cdcloud/receipts/" + jobName + "-" + instanceId + "-" + index;
		return new SshCommand(
				Recipe.once(Recipe.script(step, machine.name(), values), receipt, step.allowedExitCodes()),
				step.timeout(), step.allowedExitCodes());
	}

	@Override
	protected int defaultMaxFailPercent() {
		return 0;
	}

	static Map<String, String> recipeValues(Map<String, String> parameters) {
		Map<String, String> values = new LinkedHashMap<>(parameters);
		values.keySet().removeAll(FleetJobs.RESERVED);
		return values;
	}

}
