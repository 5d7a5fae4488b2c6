package org.tripleo.cdcloud.inventory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BIOS attributes to apply to a model of machine, and the values that must read back.
 *
 * @param name the file's base name in the bios-profiles directory
 * @param model the machine model the attribute names belong to
 * @param description what the profile is for
 * @param settings attribute name to value, in file order, applied as written
 * @param expected attribute name to value that must be read back after the reboot
 */
public record BiosProfile(String name, String model, String description, Map<String, String> settings,
		Map<String, String> expected) {

	public BiosProfile {
		settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
		expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
	}

}
