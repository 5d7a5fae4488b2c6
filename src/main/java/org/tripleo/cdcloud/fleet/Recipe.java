package org.tripleo.cdcloud.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tripleo.cdcloud.ssh.ShellQuote;

/**
 * Named, parameterised command steps run on each host by {@code fleetUpdate}, read from
 * {@code <inventory>/recipes/<name>.yaml}.
 *
 * @param name the file name without {@code .yaml}
 * @param description what the recipe does
 * @param parameters by name, in file order
 * @param steps in order
 */
record Recipe(String name, String description, Map<String, RecipeParameter> parameters, List<RecipeStep> steps) {

	/** Exported to every step: the machine's inventory name. */
	static final String HOST_VARIABLE = "host";

	/**
	 * Validates the given values against the parameters.
	 * @param values by parameter name
	 * @return every parameter's value, defaults filled in
	 * @throws FleetException if a value is missing, invalid or not a parameter
	 */
	Map<String, String> validate(Map<String, String> values) {
		values.keySet().stream().filter((key) -> !parameters.containsKey(key)).findFirst().ifPresent((key) -> {
			throw FleetException.invalid("recipe " + name + " has no parameter '" + key + "'");
		});
		Map<String, String> checked = new LinkedHashMap<>();
		parameters.forEach((key, parameter) -> checked.put(key, parameter.check(name, values.get(key))));
		return checked;
	}

	/**
	 * Wraps a step's script so it runs at most once per job instance on a host: a receipt
	 * file is written right after it succeeds, and a re-run (restart after a crash
	 * between the remote success and the checkpoint) finds the receipt and does nothing.
	 * @param script the step's script
	 * @param receipt the receipt path, relative to the remote HOME
	 * @param allowedExitCodes the exit codes that count as success
	 * @return the guarded script
	 */
	static String once(String script, String receipt, java.util.Set<Integer> allowedExitCodes) {
		String codes = allowedExitCodes.stream().map(String::valueOf).collect(Collectors.joining(" "));
		return "r=\"$HOME\"/" + ShellQuote.quote(receipt) + "\n"
				+ "if [ -e \"$r\" ]; then echo 'cdcloud: done by an earlier attempt' >&2; exit 0; fi\n" + "(\n" + script
				+ "\n)\nrc=$?\ncase ' " + codes + " ' in *\" $rc \"*) mkdir -p \"${r%/*}\" && : > \"$r\";; esac\n"
				+ "exit $rc";
	}

	/**
	 * The shell script of one step on one host: the values as single-quoted exported
	 * variables, then the step's script, so no value is ever parsed as shell syntax.
	 * @param step the step
	 * @param host the machine name
	 * @param values validated values
	 * @return the script
	 */
	static String script(RecipeStep step, String host, Map<String, String> values) {
		Map<String, String> variables = new LinkedHashMap<>(values);
		variables.put(HOST_VARIABLE, host);
		String exports = variables.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + ShellQuote.quote(entry.getValue()))
			.collect(Collectors.joining(" "));
		return "export " + exports + "\n" + step.run();
	}

}
