package org.tripleo.cdcloud.ssh;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * A machine could not be reached or used over SSH; the message names the machine.
 */
public class SshException extends DomainException {

	private final String machine;

	SshException(String code, String machine, String message, Throwable cause) {
		super(code, machine + ": " + message, HttpStatus.BAD_GATEWAY, cause);
		this.machine = machine;
	}

	/**
	 * The machine that failed.
	 * @return its name
	 */
	public String machine() {
		return machine;
	}

}
