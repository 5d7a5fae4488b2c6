package org.tripleo.cdcloud.secrets;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * Root of the secrets capability's errors; no message ever contains a secret value.
 */
public abstract class SecretsException extends DomainException {

	private final int exitCode;

	SecretsException(String code, String message, HttpStatus status, int exitCode, Throwable cause) {
		super(code, message, status, cause);
		this.exitCode = exitCode;
	}

	/**
	 * The exit code of a command that fails this way: 2 for bad input, 1 otherwise.
	 * @return the exit code
	 */
	@Override
	public int exitCode() {
		return exitCode;
	}

}
