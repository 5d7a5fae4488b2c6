package org.tripleo.cdcloud.bmc;

/** A machine's power state as the BMC reports it. */
public enum PowerState {

	/** Powered on. */
	ON,
	/** Powered off. */
	OFF

}
