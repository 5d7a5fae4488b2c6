package org.tripleo.cdcloud.inventory;

/**
 * A semantic rule, checked over the whole parsed inventory after the files are read.
 */
abstract class InventoryRule implements Rule {

	private final String id;

	private final String description;

	InventoryRule(String id, String description) {
		this.id = id;
		this.description = description;
	}

	@Override
	public final String id() {
		return this.id;
	}

	@Override
	public final String description() {
		return this.description;
	}

	/**
	 * Reports every breach of this rule. Fields left null by the reader were already
	 * reported and are skipped.
	 * @param inventory the parsed inventory
	 * @param out where violations go
	 */
	abstract void check(ParsedInventory inventory, Violations out);

}
