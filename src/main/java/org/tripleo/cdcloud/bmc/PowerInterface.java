package org.tripleo.cdcloud.bmc;

/**
 * Reads and changes a machine's power.
 */
public interface PowerInterface extends BmcInterface {

	/**
	 * Reads the power state.
	 * @param target the machine's BMC
	 * @return the state
	 * @throws BmcOperationException when the BMC fails or does not answer in time
	 */
	PowerState powerState(BmcTarget target);

	/**
	 * Asks the BMC to change the power; returns once the BMC accepted.
	 * @param target the machine's BMC
	 * @param action what to do
	 * @throws BmcOperationException when the BMC refuses, fails or does not answer in
	 * time
	 */
	void power(BmcTarget target, PowerAction action);

}
