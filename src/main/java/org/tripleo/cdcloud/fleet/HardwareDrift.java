package org.tripleo.cdcloud.fleet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.inventory.HardwareProfile;

/**
 * Compares what a host reports (one SSH command) with its inventory hardware profile;
 * used by hardwareAudit and by provisioning's verification. Pure: no I/O.
 */
public final class HardwareDrift {

	/** One SSH command printing four lines: nproc, MemTotal kB, disk sizes, eth2 Mb/s. */
	public static final String FACTS_COMMAND = "nproc; awk '/^MemTotal:/{print $2}' /proc/meminfo; "
			+ "lsblk -b -d -n -o SIZE,TYPE 2>/dev/null | awk '$2==\"disk\"{print $1}' | paste -sd, -; "
			+ "cat /sys/class/net/eth2/speed 2>/dev/null || echo none";

	/** Memory the kernel reserves: MemTotal may be this much below the installed size. */
	private static final double MEMORY_TOLERANCE = 0.10;

	private HardwareDrift() {
	}

	/**
	 * Parses the output of {@link #FACTS_COMMAND}.
	 * @param output its standard output
	 * @return fact name to value ({@code nproc}, {@code memTotalKb}, {@code diskBytes},
	 * {@code eth2SpeedMbps})
	 */
	public static Map<String, String> facts(String output) {
		String[] lines = (output.strip() + "\n\n\n\n").split("\n", -1);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("nproc", lines[0].strip());
		facts.put("memTotalKb", lines[1].strip());
		facts.put("diskBytes", lines[2].strip());
		facts.put("eth2SpeedMbps", lines[3].strip());
		return facts;
	}

	/**
	 * Names every fact that differs from the profile. With {@code raid: raid1} the host
	 * sees one volume the size of its smallest disk, not the disks.
	 * @param profile the machine's hardware profile
	 * @param facts what {@link #facts} parsed
	 * @return one line per differing fact, starting with its name; empty when none
	 */
	public static List<String> compare(HardwareProfile profile, Map<String, String> facts) {
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
		List<Long> expectedGb = expectedDisksGb(profile);
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

	private static List<Long> expectedDisksGb(HardwareProfile profile) {
		List<Long> disks = profile.disks()
			.stream()
			.flatMap((disk) -> Collections.nCopies(disk.count(), (long) disk.sizeGb()).stream())
			.sorted()
			.toList();
		if ("raid1".equals(profile.raid()) && !disks.isEmpty()) {
			return List.of(disks.get(0));
		}
		return disks;
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
