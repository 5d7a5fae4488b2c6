package org.tripleo.cdcloud.provisioning;

import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * The node's logical disk (RAID1 over its two disks).
 *
 * <p>
 * Contract: {@link #plan} is read-only and is the idempotence check of {@link #apply}: a
 * node with a compliant volume plans {@link Plan#NONE} and is not touched. Only
 * {@link Plan#DESTRUCTIVE_REPLACE} deletes data, and the step applies it only when the
 * run allows it.
 */
public interface NodeRaid {

	/** What the node's disks need. */
	enum Plan {

		/** A compliant volume exists: nothing to do. */
		NONE,
		/** No volume: create one. */
		CREATE,
		/** A different volume exists: delete it (data loss), then create. */
		DESTRUCTIVE_REPLACE

	}

	/**
	 * Compares the node's volumes with its hardware profile.
	 * @param machine the node
	 * @param profile the hardware profile ({@code raid}, {@code disks})
	 * @return what to do
	 * @throws NodeHardwareException when the BMC does not answer
	 */
	Plan plan(Machine machine, HardwareProfile profile);

	/**
	 * Carries out a plan other than {@link Plan#NONE}.
	 * @param machine the node
	 * @param profile the hardware profile
	 * @param plan what {@link #plan} answered
	 * @throws NodeHardwareException when the BMC does not answer or refuses
	 */
	void apply(Machine machine, HardwareProfile profile, Plan plan);

}
