package org.tripleo.cdcloud.bmc;

/**
 * Reads what the machine is made of, as far as the BMC tells.
 */
public interface InspectInterface extends BmcInterface {

	/**
	 * Reads the hardware inventory.
	 * @param target the machine's BMC
	 * @return the inventory; unknown fields are null or empty
	 * @throws BmcOperationException when the BMC fails or does not answer in time
	 */
	HardwareInventory inspect(BmcTarget target);

}
