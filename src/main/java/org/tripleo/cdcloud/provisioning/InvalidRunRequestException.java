package org.tripleo.cdcloud.provisioning;

import org.springframework.http.HttpStatus;

/**
 * A run request names an unknown node, BIOS profile or a node provisioning cannot handle.
 */
public class InvalidRunRequestException extends ProvisioningException {

	public InvalidRunRequestException(String message) {
		super("PROV-400", message, HttpStatus.BAD_REQUEST);
	}

}
