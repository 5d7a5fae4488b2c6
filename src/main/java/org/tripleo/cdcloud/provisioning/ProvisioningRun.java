package org.tripleo.cdcloud.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fleet provisioning run as recorded in cdcloud's own tables (it outlives Camunda's
 * history cleanup).
 *
 * @param runId the run id
 * @param processInstanceId the fleet-provisioning instance
 * @param startedBy the person (or {@code scheduler}) who started it
 * @param startedAt when
 * @param endedAt when every node ended, or null while running
 * @param biosProfile the BIOS profile asked for, or null for each machine's own
 * @param image the image deployed
 * @param allowDestructiveRaid whether a different RAID volume may be destroyed
 * @param status {@code running}, {@code completed} (every node active) or {@code failed}
 * @param nodes per node
 */
public record ProvisioningRun(String runId, String processInstanceId, String startedBy, Instant startedAt,
		Instant endedAt, String biosProfile, String image, boolean allowDestructiveRaid, String status,
		List<NodeRun> nodes) {

	/**
	 * One node of a run.
	 *
	 * @param node the node name
	 * @param status {@code waiting} (for a slot), {@code running}, {@code failed} (waits
	 * for an admin), {@code active}, {@code aborted}, {@code skipped} (failure policy)
	 * @param step the current or last step ({@code validate}, {@code powerOff},
	 * {@code bios}, {@code raid}, {@code pxeBoot}, {@code deploy}, {@code verify})
	 * @param state the node's life-cycle state now
	 * @param error the last failure, or null
	 * @param stepMillis step name to duration in milliseconds, in order; a step still
	 * running is absent
	 */
	public record NodeRun(String node, String status, String step, String state, String error,
			Map<String, Long> stepMillis) {

	}

}
