package org.tripleo.cdcloud.inventory;

/**
 * The rule of BIOS profile files: a profile must set something.
 */
final class BiosSettingsRule extends InventoryRule {

	BiosSettingsRule() {
		super("BIOS-SETTINGS", "a BIOS profile's settings must hold at least one attribute");
	}

	@Override
	void check(ParsedInventory inventory, Violations out) {
		for (Located<BiosProfile> profile : inventory.biosProfiles()) {
			if (profile.value().settings().isEmpty()) {
				out.add(profile, ".settings", this, "must hold at least one attribute");
			}
		}
	}

}
