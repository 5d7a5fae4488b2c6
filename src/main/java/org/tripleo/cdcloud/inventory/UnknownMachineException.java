package org.tripleo.cdcloud.inventory;

import org.springframework.http.HttpStatus;

/**
 * No machine of the inventory has the given name.
 */
public class UnknownMachineException extends InventoryException {

	private final String machine;

	public UnknownMachineException(String machine) {
		super("INV-404", "no machine named '" + machine + "' in the inventory", HttpStatus.NOT_FOUND);
		this.machine = machine;
	}

	public String machine() {
		return machine;
	}

}
