package org.tripleo.cdcloud.bmc.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.bmc.AttributeRegistry;
import org.tripleo.cdcloud.bmc.AttributeRegistry.Attribute;
import org.tripleo.cdcloud.bmc.AttributeRegistry.Type;
import org.tripleo.cdcloud.bmc.BootDevice;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.bmc.HardwareInventory;
import org.tripleo.cdcloud.bmc.PowerAction;
import org.tripleo.cdcloud.bmc.PowerState;
import org.tripleo.cdcloud.bmc.RaidPlanner;
import org.tripleo.cdcloud.bmc.StorageInfo;

/**
 * One simulated machine of the fake hardware type: an SL230s Gen8 with factory BIOS
 * defaults and two blank 2 TB drives.
 */
final class FakeMachine {

	private static final String CONTROLLER = "fake-controller";

	private static final long TWO_TB = 2_000_000_000_000L;

	/** The iLO 4 attributes the shipped profile uses, with their allowed values. */
	static final AttributeRegistry REGISTRY = new AttributeRegistry(registry());

	private final String name;

	private PowerState power = PowerState.OFF;

	private BootSetting boot = new BootSetting(BootDevice.NONE, false);

	private final Map<String, String> attributes = new LinkedHashMap<>();

	private final Map<String, String> pending = new LinkedHashMap<>();

	private final List<StorageInfo.Volume> volumes = new ArrayList<>();

	FakeMachine(String name) {
		this.name = name;
		REGISTRY.attributes().values().forEach((a) -> attributes.put(a.name(), a.allowedValues().get(0)));
	}

	synchronized PowerState power() {
		return power;
	}

	synchronized void power(PowerAction action) {
		boolean boots = action == PowerAction.ON && power == PowerState.OFF || action == PowerAction.RESET
				|| action == PowerAction.CYCLE;
		if (boots) {
			attributes.putAll(pending);
			pending.clear();
		}
		power = (action == PowerAction.OFF || action == PowerAction.SOFT_OFF) ? PowerState.OFF : PowerState.ON;
	}

	synchronized BootSetting boot() {
		return boot;
	}

	synchronized void boot(BootSetting setting) {
		boot = setting;
	}

	synchronized Map<String, String> attributes() {
		return Map.copyOf(attributes);
	}

	synchronized Map<String, String> pending() {
		return Map.copyOf(pending);
	}

	synchronized void stage(Map<String, Object> values) {
		values.forEach((key, value) -> pending.put(key, String.valueOf(value)));
	}

	synchronized StorageInfo storage() {
		List<StorageInfo.Drive> drives = List.of(
				new StorageInfo.Drive(CONTROLLER + "/drive-0", "2 TB HDD 0", TWO_TB, "HDD"),
				new StorageInfo.Drive(CONTROLLER + "/drive-1", "2 TB HDD 1", TWO_TB, "HDD"));
		return new StorageInfo(List.of(new StorageInfo.Controller(CONTROLLER, "Fake Smart Array",
				List.of("RAID0", "RAID1"), drives, volumes)));
	}

	synchronized StorageInfo.Volume createRaid1(String volumeName, RaidPlanner.Plan plan) {
		StorageInfo.Volume volume = new StorageInfo.Volume(CONTROLLER + "/volume-" + (volumes.size() + 1), volumeName,
				"RAID1", plan.capacityBytes(), plan.driveIds());
		volumes.add(volume);
		return volume;
	}

	synchronized void deleteVolume(String volumeId) {
		volumes.removeIf((v) -> v.id().equals(volumeId));
	}

	HardwareInventory inventory() {
		int n = Math.abs(name.hashCode()) % 256;
		return new HardwareInventory("HP", "ProLiant SL230s Gen8", "FAKE-" + name, 24, 96,
				List.of(new HardwareInventory.Nic("eth2", String.format("00:02:c9:fa:ce:%02x", n))));
	}

	private static Map<String, Attribute> registry() {
		Map<String, Attribute> map = new LinkedHashMap<>();
		enumeration(map, "BootMode", "Uefi", "LegacyBios");
		enumeration(map, "PciSlot1Enable", "Disabled", "Enabled");
		enumeration(map, "Slot1NicBoot1", "Disabled", "NetworkBoot");
		enumeration(map, "Slot1NicBoot2", "NetworkBoot", "Disabled");
		enumeration(map, "NicBoot1", "NetworkBoot", "Disabled");
		enumeration(map, "NicBoot2", "NetworkBoot", "Disabled");
		map.put("StandardBootOrder",
				new Attribute("StandardBootOrder", Type.STRING, false, List.of("Cd,Usb,HardDisk"), null, null, 64));
		enumeration(map, "BootOrderPolicy", "RetryIndefinitely", "AttemptOnce", "ResetAfterFailed");
		enumeration(map, "NetworkBootRetry", "Disabled", "Enabled");
		enumeration(map, "PowerRegulator", "DynamicPowerSavings", "StaticHighPerf", "StaticLowPower", "OsControl");
		enumeration(map, "ProcHyperthreading", "Enabled", "Disabled");
		enumeration(map, "ProcVirtualization", "Disabled", "Enabled");
		enumeration(map, "IntelProcVtd", "Disabled", "Enabled");
		return map;
	}

	private static void enumeration(Map<String, Attribute> map, String name, String... values) {
		map.put(name, new Attribute(name, Type.ENUMERATION, false, List.of(values), null, null, null));
	}

}
