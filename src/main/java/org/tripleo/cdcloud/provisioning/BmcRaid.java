package org.tripleo.cdcloud.provisioning;

import org.tripleo.cdcloud.bmc.ComposedDriver;
import org.tripleo.cdcloud.bmc.RaidPlanner;
import org.tripleo.cdcloud.bmc.StorageInfo;
import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * {@link NodeRaid} over the machine's BMC driver (Redfish for {@code ipmi+redfish}): one
 * RAID1 over the two disks of the hardware profile, placed by {@link RaidPlanner}.
 */
final class BmcRaid implements NodeRaid {

	/** The name of the volume cdcloud creates. */
	static final String VOLUME = "cdcloud-raid1";

	/** A controller keeps some of each drive for its metadata. */
	private static final double METADATA_TOLERANCE = 0.01;

	private final BmcAccess bmc;

	BmcRaid(BmcAccess bmc) {
		this.bmc = bmc;
	}

	@Override
	public Plan plan(Machine machine, HardwareProfile profile) {
		return bmc.call(machine, "raid plan", (driver) -> plan(profile, storage(driver)));
	}

	@Override
	public void apply(Machine machine, HardwareProfile profile, Plan plan) {
		bmc.run(machine, "raid " + plan.name().toLowerCase(), (driver) -> {
			if (plan == Plan.DESTRUCTIVE_REPLACE) {
				storage(driver).controllers()
					.stream()
					.flatMap((controller) -> controller.volumes().stream())
					.forEach((volume) -> driver.raid().deleteVolume(driver.target(), volume.id()));
			}
			RaidPlanner.Plan placement = RaidPlanner.raid1(storage(driver), smallestDiskBytes(profile))
				.orElseThrow(() -> new NodeHardwareException(machine.name(),
						"no controller with two free drives of " + smallestDiskBytes(profile) + " bytes for RAID1"));
			driver.raid().createRaid1(driver.target(), VOLUME, placement);
		});
	}

	/** The decision, from the storage the BMC reports: pure. */
	static Plan plan(HardwareProfile profile, StorageInfo storage) {
		if (profile.raid() == null) {
			return Plan.NONE;
		}
		boolean compliant = RaidPlanner.existingRaid1(storage)
			.filter((volume) -> volume.capacityBytes() >= smallestDiskBytes(profile) * (1 - METADATA_TOLERANCE))
			.isPresent();
		if (compliant) {
			return Plan.NONE;
		}
		boolean anyVolume = storage.controllers().stream().anyMatch((controller) -> !controller.volumes().isEmpty());
		return anyVolume ? Plan.DESTRUCTIVE_REPLACE : Plan.CREATE;
	}

	private static long smallestDiskBytes(HardwareProfile profile) {
		return profile.disks().stream().mapToLong((disk) -> disk.sizeGb() * 1_000_000_000L).min().orElse(0);
	}

	private static StorageInfo storage(ComposedDriver driver) {
		return driver.raid().storage(driver.target());
	}

}
