package org.tripleo.cdcloud.fleet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.inventory.HardwareProfile;

/**
 * Compares what a host reports (hardwareAudit's one command) with its inventory hardware
 * profile. Pure: no I/O.
 */
final class HardwareDrift {

	/** One SSH command printing four lines: nproc, MemTotal kB, disk sizes, eth2 Mb/s. */
	static final String FACTS_COMMAND = "nproc; awk '/^MemTotal:/{print $2}' /proc/meminfo; "
			+ "lsblk -b -d -n -o SIZE,TYPE 2>/dev/null | awk '$2==\"disk\"{print $1}' | paste -sd, -; "
			+ "cat /sys/class/net/eth2/speed 2>/dev/null || echo none";

	/** Memory the kernel reserves: MemTotal may be this much below the installed size. */
	private static final double MEMORY_TOLERANCE = 0.10;

	private HardwareDrift() {
	}

	static Map<String, String> facts(String output) {
		String[] lines = (output.strip() + "\n\n\n\n").split("\n", -1);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("nproc", lines[0].strip());
		facts.put("memTotalKb", lines[1].strip());
		facts.put("diskBytes", lines[2].strip());
		facts.put("eth2SpeedMbps", lines[3].strip());
		return facts;
	}

	static List<String> compare(HardwareProfile profile, Map<String, String> facts) {
		List<String> drift = new ArrayList<>();
		if (!String.valueOf(profile.cpuCores()).equals(facts.get("nproc"))) {
			drift.add("cpu: expected " + profile.cpuCores() + ", nproc says " + facts.get("nproc"));
		}
		long memoryKb = parseLong(facts.get("memTotalKb"));
		long expectedKb = profile.memoryGib() * 1024L * 1024L;
		if (memoryKb < expectedKb * (1 - MEMORY_TOLERANCE) || memoryKb > expectedKb) {
			drift.add("memory: expected " + profile.memoryGib() + " GiB, MemTotal is " + (memoryKb / 1024 / 1024)
					+ " GiB");
		}
		List<Long> disksGb = Arrays.stream(facts.get("diskBytes").split(","))
			.filter((size) -> !size.isBlank())
			.map((size) -> Math.round(parseLong(size) / 1e9))
			.sorted()
			.toList();
		List<Long> expectedGb = profile.disks()
			.stream()
			.flatMap((disk) -> java.util.Collections.nCopies(disk.count(), (long) disk.sizeGb()).stream())
			.sorted()
			.toList();
		if (!disksGb.equals(expectedGb)) {
			drift.add("disks: expected " + expectedGb + " GB, found " + disksGb + " GB");
		}
		profile.nics()
			.stream()
			.filter((nic) -> nic.name().equals("eth2"))
			.findFirst()
			.filter((nic) -> !String.valueOf(nic.speedGbps() * 1000).equals(facts.get("eth2SpeedMbps")))
			.ifPresent((nic) -> drift
				.add("eth2: expected " + nic.speedGbps() * 1000 + " Mb/s, found " + facts.get("eth2SpeedMbps")));
		return drift;
	}

	private static long parseLong(String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
