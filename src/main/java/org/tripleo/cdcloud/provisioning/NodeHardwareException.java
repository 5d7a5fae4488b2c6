package org.tripleo.cdcloud.provisioning;

import org.springframework.http.HttpStatus;

/**
 * A hardware seam failed for one node (BMC, undercloud or SSH did not answer or refused):
 * a technical failure, so the engine retries the step and raises an incident when the
 * retries run out.
 */
public class NodeHardwareException extends ProvisioningException {

	private final String machine;

	public NodeHardwareException(String machine, String message) {
		super("PROV-502", machine + ": " + message, HttpStatus.BAD_GATEWAY);
		this.machine = machine;
	}

	public NodeHardwareException(String machine, String message, Throwable cause) {
		super("PROV-502", machine + ": " + message, HttpStatus.BAD_GATEWAY, cause);
		this.machine = machine;
	}

	public String machine() {
		return machine;
	}

}
