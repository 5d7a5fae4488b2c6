package org.tripleo.cdcloud.bmc;

import org.springframework.http.HttpStatus;

/**
 * A BMC refused or failed an operation, or could not be reached within the deadline; the
 * message carries the BMC's own explanation.
 */
public class BmcOperationException extends BmcException {

	private final String operation;

	public BmcOperationException(String machine, String operation, String detail, Throwable cause) {
		super("BMC-502", machine, operation + " failed: " + detail, HttpStatus.BAD_GATEWAY, cause);
		this.operation = operation;
	}

	public String operation() {
		return operation;
	}

}
