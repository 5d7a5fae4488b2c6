package org.tripleo.cdcloud.bmc;

import org.springframework.http.HttpStatus;

/**
 * The inventory or configuration lacks what a BMC interface needs (address, URL,
 * credentials); found before any packet is sent.
 */
public class InvalidBmcParameterException extends BmcException {

	public InvalidBmcParameterException(String machine, String message) {
		super("BMC-400", machine, message, HttpStatus.BAD_REQUEST, null);
	}

}
