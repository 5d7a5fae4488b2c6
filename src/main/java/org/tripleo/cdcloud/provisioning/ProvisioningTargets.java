package org.tripleo.cdcloud.provisioning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.MachineRole;

/**
 * Resolves what one node of a run is provisioned with, from the inventory, and refuses a
 * node that cannot be: not an overcloud node, no BMC, no hardware or BIOS profile.
 */
@Component
class ProvisioningTargets {

	private final Inventory inventory;

	ProvisioningTargets(Inventory inventory) {
		this.inventory = inventory;
	}

	/**
	 * Everything a step needs about its node.
	 *
	 * @param runId the run
	 * @param machine the node
	 * @param bios the BIOS profile to apply
	 * @param hardware what the node is made of
	 * @param image the image to deploy
	 * @param allowDestructiveRaid whether a different RAID volume may be destroyed
	 */
	record Target(String runId, Machine machine, BiosProfile bios, HardwareProfile hardware, String image,
			boolean allowDestructiveRaid) {
	}

	Target target(DelegateExecution execution) {
		return resolve((String) execution.getVariable(ProvisioningVariables.RUN_ID),
				(String) execution.getVariable(ProvisioningVariables.NODE),
				(String) execution.getVariable(ProvisioningVariables.BIOS_PROFILE),
				(String) execution.getVariable(ProvisioningVariables.IMAGE),
				Boolean.TRUE.equals(execution.getVariable(ProvisioningVariables.ALLOW_DESTRUCTIVE_RAID)));
	}

	/**
	 * Resolves a node.
	 * @param biosProfile a profile name, or null for the machine's own
	 * @throws InvalidRunRequestException naming the node and what is missing
	 */
	Target resolve(String runId, String node, String biosProfile, String image, boolean allowDestructiveRaid) {
		Machine machine = inventory.machine(node)
			.orElseThrow(() -> new InvalidRunRequestException("no machine named '" + node + "' in the inventory"));
		if (machine.role() != MachineRole.OVERCLOUD || machine.bmc() == null || machine.hardware() == null) {
			throw new InvalidRunRequestException(
					"'" + node + "' is not an overcloud node with a BMC and a hardware profile");
		}
		String profileName = (biosProfile != null) ? biosProfile : machine.biosProfile();
		BiosProfile bios = (profileName != null) ? inventory.biosProfiles().get(profileName) : null;
		if (bios == null) {
			throw new InvalidRunRequestException("no BIOS profile '" + profileName + "' for '" + node + "'");
		}
		if (image == null || image.isBlank()) {
			throw new InvalidRunRequestException("no image for '" + node + "'");
		}
		return new Target(runId, machine, bios, inventory.hardwareProfiles().get(machine.hardware()), image,
				allowDestructiveRaid);
	}

}
