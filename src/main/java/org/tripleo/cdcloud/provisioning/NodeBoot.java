package org.tripleo.cdcloud.provisioning;

import org.tripleo.cdcloud.inventory.Machine;

/**
 * The node's boot device.
 *
 * <p>
 * Contract: {@link #isPxe} is the idempotence check of {@link #setPxe}; setting PXE twice
 * is harmless.
 */
public interface NodeBoot {

	/**
	 * Reads whether the next boot is from the network (eth2).
	 * @param machine the node
	 * @param persistent whether the setting must also hold for later boots
	 * @return true when already set as asked
	 * @throws NodeHardwareException when the BMC does not answer
	 */
	boolean isPxe(Machine machine, boolean persistent);

	/**
	 * Sets network boot.
	 * @param machine the node
	 * @param persistent for every later boot, or for the next one only
	 * @throws NodeHardwareException when the BMC does not answer or refuses
	 */
	void setPxe(Machine machine, boolean persistent);

}
