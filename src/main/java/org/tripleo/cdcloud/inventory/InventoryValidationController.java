package org.tripleo.cdcloud.inventory;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/inventory/validation} (cd-admin): checks the inventory files as they
 * are on disk now, with the validator the service ran at start-up, without reloading
 * anything.
 */
@RestController
class InventoryValidationController {

	private final InventoryProperties inventory;

	private final BiosProfilesProperties biosProfiles;

	InventoryValidationController(InventoryProperties inventory, BiosProfilesProperties biosProfiles) {
		this.inventory = inventory;
		this.biosProfiles = biosProfiles;
	}

	@PostMapping("/api/inventory/validation")
	ValidationResult validate() {
		List<Violation> violations = new InventoryLoader(inventory.dir(), biosProfiles.dir()).validate();
		return new ValidationResult(violations.isEmpty(), violations);
	}

	/** Whether the files are valid, and every violation when they are not. */
	record ValidationResult(boolean valid, List<Violation> violations) {
	}

}
