package org.tripleo.cdcloud.inventory;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * Root of every exception thrown by the inventory capability.
 */
public class InventoryException extends DomainException {

	public InventoryException(String message) {
		this("INV-000", message, HttpStatus.UNPROCESSABLE_ENTITY);
	}

	protected InventoryException(String code, String message, HttpStatus status) {
		super(code, message, status);
	}

}
