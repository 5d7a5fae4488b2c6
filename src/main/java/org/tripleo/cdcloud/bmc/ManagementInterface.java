package org.tripleo.cdcloud.bmc;

/**
 * Reads and sets the boot device override.
 */
public interface ManagementInterface extends BmcInterface {

	/**
	 * Reads the boot device override.
	 * @param target the machine's BMC
	 * @return the override, {@link BootDevice#NONE} when there is none
	 * @throws BmcOperationException when the BMC fails or does not answer in time
	 */
	BootSetting bootDevice(BmcTarget target);

	/**
	 * Sets the boot device override.
	 * @param target the machine's BMC
	 * @param setting the device, once or persistent
	 * @throws BmcOperationException when the BMC refuses, fails or does not answer in
	 * time
	 */
	void setBootDevice(BmcTarget target, BootSetting setting);

}
