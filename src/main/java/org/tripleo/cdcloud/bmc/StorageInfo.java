package org.tripleo.cdcloud.bmc;

import java.util.List;

/**
 * A machine's storage as its BMC describes it.
 *
 * @param controllers the storage controllers
 */
public record StorageInfo(List<Controller> controllers) {

	public StorageInfo {
		controllers = List.copyOf(controllers);
	}

	/**
	 * One storage controller (a Redfish Storage resource).
	 *
	 * @param id the controller's id (its resource path for Redfish)
	 * @param name its name
	 * @param raidTypes the RAID types it can build, e.g. RAID1
	 * @param drives its drives
	 * @param volumes its volumes
	 */
	public record Controller(String id, String name, List<String> raidTypes, List<Drive> drives, List<Volume> volumes) {

		public Controller {
			raidTypes = List.copyOf(raidTypes);
			drives = List.copyOf(drives);
			volumes = List.copyOf(volumes);
		}

	}

	/**
	 * A physical drive.
	 *
	 * @param id the drive's id (its resource path for Redfish)
	 * @param name its name
	 * @param capacityBytes its size
	 * @param mediaType HDD or SSD, or null
	 */
	public record Drive(String id, String name, long capacityBytes, String mediaType) {
	}

	/**
	 * A logical volume.
	 *
	 * @param id the volume's id (its resource path for Redfish)
	 * @param name its name
	 * @param raidType e.g. RAID1
	 * @param capacityBytes its usable size
	 * @param driveIds the drives it spans
	 */
	public record Volume(String id, String name, String raidType, long capacityBytes, List<String> driveIds) {

		public Volume {
			driveIds = List.copyOf(driveIds);
		}

	}

}
