package org.tripleo.cdcloud.inventory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects violations while an inventory is read and checked.
 *
 * <p>
 * Keeps the first violation per field: once a field is reported as missing or of the
 * wrong type, rules that would trip over the same field stay quiet, so one mistake gives
 * one line.
 */
final class Violations {

	private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::file)
		.thenComparingInt(Violation::line)
		.thenComparingInt(Violation::column)
		.thenComparing(Violation::ruleId);

	private final Map<String, Violation> byField = new LinkedHashMap<>();

	void add(Violation violation) {
		this.byField.putIfAbsent(violation.file() + "\u0000" + violation.fieldPath(), violation);
	}

	void add(YamlFile file, Position position, String path, Rule rule, String message) {
		add(new Violation(file.name(), position.line(), position.column(), path, rule.id(), message));
	}

	void add(YamlFile file, String path, Rule rule, String message) {
		add(file, file.position(path), path, rule, message);
	}

	/**
	 * Reports a violation on a field of a located element.
	 * @param at the element
	 * @param relative the field relative to the element, e.g. {@code .bmc.address}, or
	 * empty for the element itself
	 * @param rule the rule broken
	 * @param message what the rule requires
	 */
	void add(Located<?> at, String relative, Rule rule, String message) {
		add(at.file(), at.path(relative), rule, message);
	}

	List<Violation> sorted() {
		return this.byField.values().stream().sorted(ORDER).toList();
	}

}
