package org.tripleo.cdcloud.bmc;

import java.util.List;

/**
 * What {@code GET /api/nodes/{name}/bmc} shows: power, boot device and BIOS compliance.
 *
 * @param machine the machine name
 * @param hardwareType the hardware type used
 * @param power the power state
 * @param boot the boot device override
 * @param bios compliance with the machine's BIOS profile, or null when it has none
 */
public record BmcStatus(String machine, String hardwareType, PowerState power, BootSetting boot, BiosCompliance bios) {

	/**
	 * A machine's BIOS against its profile.
	 *
	 * @param profile the profile name
	 * @param compliant whether every attribute has the profile's value
	 * @param differences the attributes that differ
	 * @param error why compliance could not be checked (e.g. no BIOS interface), or null
	 */
	public record BiosCompliance(String profile, Boolean compliant, List<BiosSettings.Change> differences,
			String error) {
	}

}
