package org.tripleo.cdcloud.bmc;

import org.springframework.http.HttpStatus;

/**
 * The machine's hardware type offers no implementation of a capability (e.g. BIOS over
 * plain IPMI).
 */
public class UnsupportedCapabilityException extends BmcException {

	private final String hardwareType;

	private final Capability capability;

	public UnsupportedCapabilityException(String machine, String hardwareType, Capability capability) {
		super("BMC-501", machine,
				"hardware type '" + hardwareType + "' has no " + capability.id()
						+ " interface; use a driver that offers it (" + capability.offeredBy() + ")",
				HttpStatus.NOT_IMPLEMENTED, null);
		this.hardwareType = hardwareType;
		this.capability = capability;
	}

	public String hardwareType() {
		return hardwareType;
	}

	public Capability capability() {
		return capability;
	}

}
