package org.tripleo.cdcloud.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tripleo.cdcloud.inventory.HardwareProfile.Disk;
import org.tripleo.cdcloud.inventory.HardwareProfile.Nic;
import org.tripleo.cdcloud.inventory.MappingReader.Item;

/**
 * Reads {@code hardware-profiles} of {@code machines.yaml}.
 */
final class HardwareProfileParser {

	private HardwareProfileParser() {
	}

	static List<Located<HardwareProfile>> parse(YamlFile file, MappingReader root) {
		MappingReader profiles = root.mapping("hardware-profiles", false);
		List<Located<HardwareProfile>> located = new ArrayList<>();
		if (profiles != null) {
			for (Item item : profiles.entries()) {
				MappingReader profile = profiles.child(item);
				if (profile != null) {
					located.add(new Located<>(file, item.path(), profile(item.key(), profile)));
				}
			}
		}
		return located;
	}

	private static HardwareProfile profile(String name, MappingReader profile) {
		profile.only("cpu-cores", "memory-gib", "disks", "raid", "nics");
		int cpuCores = orZero(profile.integer("cpu-cores", true));
		int memoryGib = orZero(profile.integer("memory-gib", true));
		List<Disk> disks = new ArrayList<>();
		for (Item item : profile.list("disks", true)) {
			MappingReader disk = profile.child(item);
			if (disk != null) {
				disk.only("count", "size-gb");
				disks.add(new Disk(Objects.requireNonNullElse(disk.integer("count", false), 1),
						orZero(disk.integer("size-gb", true))));
			}
		}
		List<Nic> nics = new ArrayList<>();
		for (Item item : profile.list("nics", true)) {
			MappingReader nic = profile.child(item);
			if (nic != null) {
				nics.add(nic(nic));
			}
		}
		return new HardwareProfile(name, cpuCores, memoryGib, disks, profile.string("raid", false), nics);
	}

	private static Nic nic(MappingReader nic) {
		nic.only("name", "model", "speed-gbps", "wired", "pxe");
		return new Nic(nic.string("name", true), nic.string("model", false), orZero(nic.integer("speed-gbps", true)),
				nic.bool("wired", false), nic.bool("pxe", false));
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

}
