package org.tripleo.cdcloud.bmc;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * Root of every BMC error; each names the machine it concerns.
 */
public abstract class BmcException extends DomainException {

	private final String machine;

	protected BmcException(String code, String machine, String message, HttpStatus status, Throwable cause) {
		super(code, machine + ": " + message, status, cause);
		this.machine = machine;
	}

	/**
	 * The machine the error concerns.
	 * @return the machine name
	 */
	public String machine() {
		return machine;
	}

}
