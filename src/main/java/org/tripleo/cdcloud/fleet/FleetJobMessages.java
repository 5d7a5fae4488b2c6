package org.tripleo.cdcloud.fleet;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@code fleet-job} process instance that launched a job how the job ended: the
 * message {@code fleetJobEnded} with the execution id, status and exit description.
 */
final class FleetJobMessages {

	static final String MESSAGE = "fleetJobEnded";

	static final String EXECUTION_ID = "fleetExecutionId";

	static final String STATUS = "fleetJobStatus";

	static final String DESCRIPTION = "fleetJobDescription";

	/** Status of a job whose launch failed after the process committed. */
	static final String NOT_STARTED = "NOT_STARTED";

	private static final Logger log = LoggerFactory.getLogger(FleetJobMessages.class);

	// Camunda string variables hold at most 4000 characters; a failure's description
	// can be a stack trace.
	private static final int MAX_DESCRIPTION = 2000;

	private final RuntimeService runtime;

	FleetJobMessages(RuntimeService runtime) {
		this.runtime = runtime;
	}

	void ended(String processInstanceId, Long executionId, String status, String description) {
		String text = (description == null || description.length() <= MAX_DESCRIPTION) ? description
				: description.substring(0, MAX_DESCRIPTION);
		try {
			runtime.createMessageCorrelation(MESSAGE)
				.processInstanceId(processInstanceId)
				.setVariable(EXECUTION_ID, executionId)
				.setVariable(STATUS, status)
				.setVariable(DESCRIPTION, text)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			log.warn("FLEET-020 job execution {} ended {}, but process instance {} no longer waits for it", executionId,
					status, processInstanceId);
		}
	}

}
