package org.tripleo.cdcloud.provisioning;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * Root of every exception thrown by node provisioning.
 */
public class ProvisioningException extends DomainException {

	protected ProvisioningException(String code, String message, HttpStatus status) {
		super(code, message, status);
	}

	protected ProvisioningException(String code, String message, HttpStatus status, Throwable cause) {
		super(code, message, status, cause);
	}

}
