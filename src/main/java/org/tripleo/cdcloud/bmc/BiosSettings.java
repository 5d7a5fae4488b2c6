package org.tripleo.cdcloud.bmc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure steps of applying a BIOS profile: check it against the registry and diff it
 * against the current values. No I/O.
 */
public final class BiosSettings {

	private BiosSettings() {
	}

	/**
	 * One attribute to change.
	 *
	 * @param name the attribute
	 * @param current its value now, or null when the BIOS does not report it
	 * @param wanted the profile's value
	 */
	public record Change(String name, String current, String wanted) {
	}

	/**
	 * Checks every setting against the registry and converts it to the registry's type;
	 * collects every problem before failing.
	 * @param machine the machine, for the error
	 * @param profile the profile name, for the error
	 * @param registry the BIOS's attribute registry
	 * @param settings attribute name to value as written in the profile
	 * @return attribute name to typed value (String, Long or Boolean)
	 * @throws BiosProfileException listing every unknown, read-only or invalid attribute
	 */
	public static Map<String, Object> validateAndConvert(String machine, String profile, AttributeRegistry registry,
			Map<String, String> settings) {
		Map<String, Object> converted = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		settings.forEach((name, value) -> {
			AttributeRegistry.Attribute attribute = registry.attribute(name).orElse(null);
			String problem = (attribute == null) ? "unknown attribute" : problem(attribute, value);
			if (problem != null) {
				problems.add(name + "=" + value + ": " + problem);
			}
			else {
				converted.put(name, convert(attribute, value));
			}
		});
		if (!problems.isEmpty()) {
			throw new BiosProfileException(machine, profile, "does not fit the BIOS registry", problems);
		}
		return converted;
	}

	private static String problem(AttributeRegistry.Attribute attribute, String value) {
		if (attribute.readOnly()) {
			return "read-only";
		}
		return switch (attribute.type()) {
			case ENUMERATION ->
				attribute.allowedValues().contains(value) ? null : "not one of " + attribute.allowedValues();
			case BOOLEAN -> ("true".equals(value) || "false".equals(value)) ? null : "not true or false";
			case STRING -> (attribute.maxLength() == null || value.length() <= attribute.maxLength()) ? null
					: "longer than " + attribute.maxLength();
			case INTEGER -> integerProblem(attribute, value);
		};
	}

	private static String integerProblem(AttributeRegistry.Attribute attribute, String value) {
		long number;
		try {
			number = Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return "not an integer";
		}
		boolean tooLow = attribute.lowerBound() != null && number < attribute.lowerBound();
		boolean tooHigh = attribute.upperBound() != null && number > attribute.upperBound();
		return (tooLow || tooHigh) ? "outside " + attribute.lowerBound() + ".." + attribute.upperBound() : null;
	}

	private static Object convert(AttributeRegistry.Attribute attribute, String value) {
		return switch (attribute.type()) {
			case INTEGER -> Long.parseLong(value);
			case BOOLEAN -> Boolean.parseBoolean(value);
			default -> value;
		};
	}

	/**
	 * The settings whose current value differs.
	 * @param current the BIOS's values
	 * @param wanted the profile's values
	 * @return the changes, in profile order; empty when compliant
	 */
	public static List<Change> diff(Map<String, String> current, Map<String, String> wanted) {
		List<Change> changes = new ArrayList<>();
		wanted.forEach((name, value) -> {
			if (!value.equals(current.get(name))) {
				changes.add(new Change(name, current.get(name), value));
			}
		});
		return changes;
	}

}
