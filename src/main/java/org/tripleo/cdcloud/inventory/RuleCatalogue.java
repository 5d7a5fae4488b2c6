package org.tripleo.cdcloud.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every inventory rule, in the order of {@code inventory/README.md}.
 */
final class RuleCatalogue {

	/** The semantic rules, run in this order after all files are read. */
	static final List<InventoryRule> INVENTORY_RULES = inventoryRules();

	private RuleCatalogue() {
	}

	/**
	 * Returns the structural rules followed by the semantic ones.
	 * @return every rule
	 */
	static List<Rule> all() {
		List<Rule> rules = new ArrayList<>(Arrays.asList(YamlRule.values()));
		rules.addAll(INVENTORY_RULES);
		return rules;
	}

	private static List<InventoryRule> inventoryRules() {
		List<InventoryRule> rules = new ArrayList<>(TeamRules.all());
		rules.addAll(MachineRules.all());
		rules.addAll(AddressRules.all());
		rules.addAll(BmcRules.all());
		rules.addAll(EnvironmentRules.all());
		rules.add(new BiosSettingsRule());
		return List.copyOf(rules);
	}

}
