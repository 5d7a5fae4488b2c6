package org.tripleo.cdcloud.inventory;

import java.util.List;

/**
 * What a kind of machine is built from; shared by every machine that names it in
 * {@code hardware}.
 *
 * @param name the key under {@code hardware-profiles}
 * @param cpuCores physical cores
 * @param memoryGib memory in GiB
 * @param disks groups of identical disks
 * @param raid the RAID level to build over the disks ({@code raid1}), or null for none
 * @param nics the network interfaces, in {@code ethN} order
 */
public record HardwareProfile(String name, int cpuCores, int memoryGib, List<Disk> disks, String raid, List<Nic> nics) {

	public HardwareProfile {
		disks = List.copyOf(disks);
		nics = List.copyOf(nics);
	}

	/**
	 * A group of identical disks.
	 *
	 * @param count how many
	 * @param sizeGb size of each in GB (10^9 bytes, as vendors count)
	 */
	public record Disk(int count, int sizeGb) {
	}

	/**
	 * A network interface. The MAC address is per machine ({@code eth2-mac}), not here.
	 *
	 * @param name the interface name, e.g. {@code eth2}
	 * @param model the adapter model, or null when not recorded
	 * @param speedGbps link speed in Gbit/s
	 * @param wired whether a cable is plugged in
	 * @param pxe whether the machine network-boots from this port
	 */
	public record Nic(String name, String model, int speedGbps, boolean wired, boolean pxe) {
	}

}
