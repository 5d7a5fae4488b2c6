package org.tripleo.cdcloud.bmc;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of BMC, and per capability the implementation ids it supports, in order of
 * preference; an empty list means the capability is not offered. Adding a vendor is a
 * list edit.
 */
public enum HardwareType {

	/** IPMI 2.0 over LAN: power and boot device only. */
	IPMI("ipmi", Map.of(Capability.POWER, List.of("ipmi"), Capability.MANAGEMENT, List.of("ipmi"))),
	/** Redfish: everything. */
	REDFISH("redfish", all("redfish")),
	/**
	 * IPMI for power and boot (fast, session reused), Redfish for BIOS, RAID and
	 * inventory.
	 */
	IPMI_REDFISH("ipmi+redfish",
			Map.of(Capability.POWER, List.of("ipmi", "redfish"), Capability.MANAGEMENT, List.of("ipmi", "redfish"),
					Capability.BIOS, List.of("redfish"), Capability.RAID, List.of("redfish"), Capability.INSPECT,
					List.of("redfish"))),
	/** In-memory BMC for the demo profile and dry runs, like Ironic's fake-hardware. */
	FAKE("fake", all("fake"));

	private final String id;

	private final Map<Capability, List<String>> supported;

	HardwareType(String id, Map<Capability, List<String>> supported) {
		this.id = id;
		this.supported = new EnumMap<>(supported);
	}

	public String id() {
		return id;
	}

	/**
	 * The implementation ids this type supports for a capability, best first.
	 * @param capability the capability
	 * @return the ids, empty when the capability is not offered
	 */
	public List<String> supported(Capability capability) {
		return supported.getOrDefault(capability, List.of());
	}

	/**
	 * Looks a type up by its id, the {@code driver} of machines.yaml.
	 * @param id e.g. {@code ipmi+redfish}
	 * @return the type, or empty
	 */
	public static Optional<HardwareType> fromId(String id) {
		return Arrays.stream(values()).filter((type) -> type.id.equals(id)).findFirst();
	}

	private static Map<Capability, List<String>> all(String implementation) {
		Map<Capability, List<String>> map = new EnumMap<>(Capability.class);
		for (Capability capability : Capability.values()) {
			map.put(capability, List.of(implementation));
		}
		return map;
	}

}
