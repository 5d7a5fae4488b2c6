package org.tripleo.cdcloud.fleet;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.HardwareProfile.Disk;
import org.tripleo.cdcloud.inventory.HardwareProfile.Nic;

import static org.assertj.core.api.Assertions.assertThat;

class HardwareDriftTest {

	private static final HardwareProfile PROFILE = new HardwareProfile("p", 24, 96, List.of(new Disk(2, 2000)), "raid1",
			List.of(new Nic("eth2", null, 10, true, true)));

	private static final HardwareProfile NO_RAID = new HardwareProfile("p", 24, 96, List.of(new Disk(2, 2000)), null,
			List.of(new Nic("eth2", null, 10, true, true)));

	@Test
	void shouldFindNoDriftWhenTheHostSeesOneRaid1Volume() {
		Map<String, String> facts = HardwareDrift.facts("24\n98000000\n2000398934016\n10000\n");
		assertThat(HardwareDrift.compare(PROFILE, facts)).isEmpty();
	}

	@Test
	void shouldExpectEveryDiskWithoutRaid() {
		Map<String, String> facts = HardwareDrift.facts("24\n98000000\n2000398934016,2000398934016\n10000\n");
		assertThat(HardwareDrift.compare(NO_RAID, facts)).isEmpty();
	}

	@Test
	void shouldReportEachDifference() {
		Map<String, String> facts = HardwareDrift.facts("12\n49000000\n2000398934016,2000398934016\nnone\n");
		assertThat(HardwareDrift.compare(PROFILE, facts)).containsExactly("cpu: expected 24, nproc says 12",
				"memory: expected 96 GiB, MemTotal is 46 GiB", "disks: expected [2000] GB, found [2000, 2000] GB",
				"eth2: expected 10000 Mb/s, found none");
	}

}
