package org.tripleo.cdcloud.provisioning;

/**
 * Process variable names of {@code fleet-provisioning} and {@code node-provisioning}.
 */
final class ProvisioningVariables {

	/** The run id (also the fleet instance's business key). */
	static final String RUN_ID = "runId";

	/** The fleet's node names, one child instance each. */
	static final String NODES = "nodes";

	/** The node a child instance provisions. */
	static final String NODE = "node";

	/** The BIOS profile name, or null for each machine's own. */
	static final String BIOS_PROFILE = "biosProfile";

	/** The image to deploy. */
	static final String IMAGE = "image";

	/** Whether an existing different RAID volume may be destroyed. */
	static final String ALLOW_DESTRUCTIVE_RAID = "allowDestructiveRaid";

	/** ISO 8601 duration of the wait loops' timers. */
	static final String POLL_INTERVAL = "pollInterval";

	/** ISO 8601 retry cycle of the steps. */
	static final String RETRY_CYCLE = "retryCycle";

	/** How many checks the current wait loop made. */
	static final String POLLS = "polls";

	/** The BPMN error code of the last failure. */
	static final String FAILURE_CODE = "failureCode";

	/** The message of the last failure. */
	static final String FAILURE_MESSAGE = "failureMessage";

	/** The admin's answer to a failure: {@code retry} or {@code abort}. */
	static final String DECISION = "decision";

	private ProvisioningVariables() {
	}

}
