package org.tripleo.cdcloud.provisioning;

import java.util.List;

/**
 * What a fleet provisioning run is asked to do.
 *
 * @param nodes node names, or null for every overcloud node ({@code "all"})
 * @param biosProfile a BIOS profile for every node, or null for each machine's own
 * @param image the image to deploy, or null for
 * {@code cdcloud.provisioning.default-image}
 * @param dryRun answer the plan and touch nothing
 * @param allowDestructiveRaid whether an existing different RAID volume may be destroyed
 * @param concurrency nodes at once, or null for {@code cdcloud.provisioning.concurrency}
 * @param maxFailures stop starting nodes after this many failed (0: continue), or null
 * for {@code cdcloud.provisioning.max-failures}
 */
public record RunRequest(List<String> nodes, String biosProfile, String image, boolean dryRun,
		boolean allowDestructiveRaid, Integer concurrency, Integer maxFailures) {

	/**
	 * A run over some nodes with the defaults.
	 * @param nodes node names, or null for all
	 * @return the request
	 */
	public static RunRequest of(List<String> nodes) {
		return new RunRequest(nodes, null, null, false, false, null, null);
	}

}
