package org.tripleo.cdcloud.bmc;

/** Where a machine boots from. */
public enum BootDevice {

	/** Network boot. */
	PXE,
	/** The first disk. */
	DISK,
	/** The BIOS setup screen. */
	BIOS_SETUP,
	/** No override: the BIOS boot order decides. */
	NONE

}
