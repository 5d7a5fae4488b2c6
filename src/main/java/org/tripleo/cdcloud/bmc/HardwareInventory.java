package org.tripleo.cdcloud.bmc;

import java.util.List;

/**
 * What a BMC tells about the machine.
 *
 * @param manufacturer e.g. HP
 * @param model e.g. ProLiant SL230s Gen8
 * @param serial the serial number
 * @param cpuCores physical cores over all processors, or null when unknown
 * @param memoryGib memory in GiB, or null when unknown
 * @param nics network ports with their MAC addresses
 */
public record HardwareInventory(String manufacturer, String model, String serial, Integer cpuCores, Integer memoryGib,
		List<Nic> nics) {

	public HardwareInventory {
		nics = List.copyOf(nics);
	}

	/**
	 * A network port.
	 *
	 * @param id the BMC's id for it
	 * @param mac its MAC address, lower case
	 */
	public record Nic(String id, String mac) {
	}

}
