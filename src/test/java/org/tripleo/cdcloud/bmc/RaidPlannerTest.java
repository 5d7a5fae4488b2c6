package org.tripleo.cdcloud.bmc;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RaidPlannerTest {

	static StorageInfo.Drive drive(String id, long bytes) {
		return new StorageInfo.Drive(id, id, bytes, "HDD");
	}

	@Test
	void shouldPickTheTwoLargestFreeDrivesOfARaid1Controller() {
		StorageInfo storage = new StorageInfo(List.of(
				new StorageInfo.Controller("c0", "no raid1", List.of("RAID0"),
						List.of(drive("a", 4000), drive("b", 4000)), List.of()),
				new StorageInfo.Controller("c1", "raid", List.of("RAID0", "RAID1"),
						List.of(drive("small", 100), drive("d1", 2000), drive("d2", 1999)), List.of())));
		RaidPlanner.Plan plan = RaidPlanner.raid1(storage, 1000).orElseThrow();
		assertThat(plan.controllerId()).isEqualTo("c1");
		assertThat(plan.driveIds()).containsExactly("d1", "d2");
		assertThat(plan.capacityBytes()).isEqualTo(1999);
	}

	@Test
	void shouldFindNoPlanWhenDrivesAreUsedOrTooSmall() {
		StorageInfo.Volume used = new StorageInfo.Volume("v", "os", "RAID1", 2000, List.of("d1", "d2"));
		StorageInfo storage = new StorageInfo(List.of(new StorageInfo.Controller("c1", "raid", List.of("RAID1"),
				List.of(drive("d1", 2000), drive("d2", 2000), drive("d3", 10)), List.of(used))));
		assertThat(RaidPlanner.raid1(storage, 1000)).isEmpty();
		assertThat(RaidPlanner.existingRaid1(storage)).contains(used);
	}

}
