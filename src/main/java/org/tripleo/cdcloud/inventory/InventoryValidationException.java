package org.tripleo.cdcloud.inventory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The inventory broke one or more rules; carries every violation found, not just the
 * first.
 */
public class InventoryValidationException extends InventoryException {

	private final List<Violation> violations;

	public InventoryValidationException(List<Violation> violations) {
		super(describe(violations));
		this.violations = List.copyOf(violations);
	}

	/**
	 * Returns the violations in file, line and column order.
	 * @return every violation found, never empty
	 */
	public List<Violation> violations() {
		return this.violations;
	}

	private static String describe(List<Violation> violations) {
		String count = violations.size() + ((violations.size() == 1) ? " violation" : " violations");
		return violations.stream()
			.map(Violation::toString)
			.collect(Collectors.joining("\n  ", "inventory is invalid (" + count + "):\n  ", ""));
	}

}
