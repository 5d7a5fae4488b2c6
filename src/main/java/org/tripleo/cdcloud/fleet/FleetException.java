package org.tripleo.cdcloud.fleet;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * A fleet job could not be launched, found or restarted, or a recipe is invalid; the code
 * says which ({@code FLEET-400} bad input, {@code FLEET-404} unknown, {@code FLEET-409}
 * wrong state, {@code FLEET-500} hosts failed).
 */
public class FleetException extends DomainException {

	FleetException(String code, String message, HttpStatus status) {
		super(code, message, status);
	}

	static FleetException invalid(String message) {
		return new FleetException("FLEET-400", message, HttpStatus.BAD_REQUEST);
	}

	static FleetException notFound(String message) {
		return new FleetException("FLEET-404", message, HttpStatus.NOT_FOUND);
	}

	static FleetException conflict(String message) {
		return new FleetException("FLEET-409", message, HttpStatus.CONFLICT);
	}

	static FleetException failed(String message) {
		return new FleetException("FLEET-500", message, HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
