package org.tripleo.cdcloud.fleet;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One command of a recipe.
 *
 * @param name the step name
 * @param run the shell script; parameters are shell variables ({@code "$review"})
 * @param timeout how long it may run
 * @param allowedExitCodes exit codes that count as success
 * @param changedWhen a regular expression found in stdout when the step changed
 * something, or null: then every successful run counts as a change
 */
record RecipeStep(String name, String run, Duration timeout, Set<Integer> allowedExitCodes, Pattern changedWhen) {

	boolean changed(String stdout) {
		return changedWhen == null || changedWhen.matcher(stdout).find();
	}

}
