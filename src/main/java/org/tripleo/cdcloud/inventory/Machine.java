package org.tripleo.cdcloud.inventory;

/**
 * One machine of the cloud, bare-metal or virtual.
 *
 * @param name unique name, {@code [a-z0-9-]+}
 * @param role what the machine is used for
 * @param ip the machine's IPv4 address on the deployment network
 * @param hardware the name of a hardware profile, or null
 * @param biosProfile the name of a BIOS profile (a file in the bios-profiles directory),
 * or null
 * @param eth2Mac the MAC address of the PXE port {@code eth2}, or null
 * @param bmc the machine's BMC, or null when it has none (virtual machines)
 */
public record Machine(String name, MachineRole role, String ip, String hardware, String biosProfile, String eth2Mac,
		Bmc bmc) {

}
