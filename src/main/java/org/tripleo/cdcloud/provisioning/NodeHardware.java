package org.tripleo.cdcloud.provisioning;

/**
 * The hardware seams node provisioning uses, one per capability, chosen by
 * {@code cdcloud.provisioning.hardware}.
 *
 * @param power power control (BMC)
 * @param bios BIOS settings (BMC)
 * @param raid logical disks (BMC)
 * @param boot boot device (BMC)
 * @param deploy image deployment (undercloud)
 * @param verifier checks over SSH
 */
public record NodeHardware(NodePower power, NodeBios bios, NodeRaid raid, NodeBoot boot, NodeDeploy deploy,
		NodeVerifier verifier) {

}
