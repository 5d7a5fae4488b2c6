package org.tripleo.cdcloud.fleet;

import java.util.regex.Pattern;

/**
 * A parameter of a recipe: its value must match the pattern as a whole (integers:
 * {@code -?[0-9]+} too) and reaches the step commands only as a quoted shell variable.
 *
 * @param name the variable name, {@code [a-z][a-z0-9_]*}
 * @param type {@code string} or {@code integer}
 * @param pattern what a value must match
 * @param defaultValue the value when none is given, or null when required
 */
record RecipeParameter(String name, String type, Pattern pattern, String defaultValue) {

	static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

	/**
	 * Checks a value (the default when null).
	 * @param recipe the recipe name, for the message
	 * @param value the given value or null
	 * @return the value to use
	 * @throws FleetException if it is missing or invalid; the message does not repeat it
	 */
	String check(String recipe, String value) {
		String effective = (value != null) ? value : defaultValue;
		if (effective == null) {
			throw FleetException.invalid("recipe " + recipe + " needs parameter '" + name + "'");
		}
		if ("integer".equals(type) && !INTEGER.matcher(effective).matches()) {
			throw FleetException.invalid("parameter '" + name + "' of recipe " + recipe + " must be an integer");
		}
		if (!pattern.matcher(effective).matches()) {
			throw FleetException
				.invalid("parameter '" + name + "' of recipe " + recipe + " must match " + pattern.pattern());
		}
		return effective;
	}

}
