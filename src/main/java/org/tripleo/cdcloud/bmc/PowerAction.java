package org.tripleo.cdcloud.bmc;

/** What a machine can be told to do with its power. */
public enum PowerAction {

	/** Power on. */
	ON,
	/** Hard power off. */
	OFF,
	/** Ask the operating system to shut down (ACPI). */
	SOFT_OFF,
	/** Warm reset. */
	RESET,
	/** Power off, then on. */
	CYCLE

}
