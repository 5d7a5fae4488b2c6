package org.tripleo.cdcloud.bmc;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks where a RAID1 goes: pure logic, no I/O.
 */
public final class RaidPlanner {

	private RaidPlanner() {
	}

	/**
	 * A RAID1 to build.
	 *
	 * @param controllerId the controller
	 * @param driveIds the two drives
	 * @param capacityBytes the volume's usable size (the smaller drive)
	 */
	public record Plan(String controllerId, List<String> driveIds, long capacityBytes) {

		public Plan {
			driveIds = List.copyOf(driveIds);
		}

	}

	/**
	 * Finds the first controller that offers RAID1 and has two drives of at least
	 * {@code minBytes} that no volume uses yet; the two largest such drives are used.
	 * @param storage the machine's storage
	 * @param minBytes the least size a drive must have
	 * @return the plan, or empty when no controller qualifies
	 */
	public static Optional<Plan> raid1(StorageInfo storage, long minBytes) {
		for (StorageInfo.Controller controller : storage.controllers()) {
			if (!controller.raidTypes().contains("RAID1")) {
				continue;
			}
			List<String> used = controller.volumes().stream().flatMap((v) -> v.driveIds().stream()).toList();
			List<StorageInfo.Drive> free = controller.drives()
				.stream()
				.filter((d) -> !used.contains(d.id()) && d.capacityBytes() >= minBytes)
				.sorted(Comparator.comparingLong(StorageInfo.Drive::capacityBytes).reversed())
				.limit(2)
				.toList();
			if (free.size() == 2) {
				return Optional.of(new Plan(controller.id(), free.stream().map(StorageInfo.Drive::id).toList(),
						free.get(1).capacityBytes()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Tells whether a RAID1 volume over two drives already exists.
	 * @param storage the machine's storage
	 * @return the volume, or empty
	 */
	public static Optional<StorageInfo.Volume> existingRaid1(StorageInfo storage) {
		return storage.controllers()
			.stream()
			.flatMap((c) -> c.volumes().stream())
			.filter((v) -> "RAID1".equals(v.raidType()) && v.driveIds().size() == 2)
			.findFirst();
	}

}
