package org.tripleo.cdcloud.bmc;

/**
 * Reads storage controllers, drives and volumes, and creates or deletes volumes.
 */
public interface RaidInterface extends BmcInterface {

	/**
	 * Reads the storage of the machine.
	 * @param target the machine's BMC
	 * @return controllers with their drives and volumes
	 * @throws BmcOperationException when the BMC fails or does not answer in time
	 */
	StorageInfo storage(BmcTarget target);

	/**
	 * Creates a RAID1 volume over two drives of one controller, waiting for the BMC's
	 * task to end.
	 * @param target the machine's BMC
	 * @param name the volume name
	 * @param plan the controller and the two drives, see {@link RaidPlanner}
	 * @return the volume created
	 * @throws BmcOperationException when the BMC refuses or its task fails
	 */
	StorageInfo.Volume createRaid1(BmcTarget target, String name, RaidPlanner.Plan plan);

	/**
	 * Deletes a volume.
	 * @param target the machine's BMC
	 * @param volumeId the volume's id, as {@link StorageInfo.Volume#id()}
	 * @throws BmcOperationException when the BMC refuses or its task fails
	 */
	void deleteVolume(BmcTarget target, String volumeId);

}
