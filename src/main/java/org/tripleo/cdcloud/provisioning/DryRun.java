package org.tripleo.cdcloud.provisioning;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.provisioning.NodeDeploy.Deployment;
import org.tripleo.cdcloud.provisioning.ProvisioningTargets.Target;

/**
 * What a run would do to one node, from read-only calls of the hardware seams.
 */
@Component
class DryRun {

	private final NodeHardware hardware;

	DryRun(NodeHardware hardware) {
		this.hardware = hardware;
	}

	/**
	 * One node's plan.
	 *
	 * @param node the node name
	 * @param power its power state now (it is powered off first)
	 * @param biosDiff BIOS attributes that would change, to their new value
	 * @param raid {@code none}, {@code create} or {@code destructive_replace}
	 * @param raidAllowed false when the RAID step would stop for lack of
	 * {@code allowDestructiveRaid}
	 * @param deploy what the deploy step would do
	 */
	record NodePlan(String node, String power, Map<String, String> biosDiff, String raid, boolean raidAllowed,
			String deploy) {
	}

	NodePlan plan(Target target) {
		NodeRaid.Plan raid = hardware.raid().plan(target.machine(), target.hardware());
		Deployment deployment = hardware.deploy().deployment(target.machine());
		return new NodePlan(target.machine().name(), hardware.power().state(target.machine()).name().toLowerCase(),
				hardware.bios().diff(target.machine(), target.bios()), raid.name().toLowerCase(),
				raid != NodeRaid.Plan.DESTRUCTIVE_REPLACE || target.allowDestructiveRaid(),
				"deploy " + target.image() + " (provision state now: " + deployment.state() + ")");
	}

}
