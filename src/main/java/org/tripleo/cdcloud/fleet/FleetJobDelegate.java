package org.tripleo.cdcloud.fleet;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The service task of {@code fleet-job.bpmn}: launches the job named by {@code fleetJob}
 * with {@code fleetJobParameters} (a JSON object of strings) once the process has
 * committed its wait for the job's end.
 */
class FleetJobDelegate implements JavaDelegate {

	static final String JOB = "fleetJob";

	static final String PARAMETERS = "fleetJobParameters";

	private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
	};

	private final BatchService batch;

	private final ObjectMapper json;

	FleetJobDelegate(BatchService batch, ObjectMapper json) {
		this.batch = batch;
		this.json = json;
	}

	@Override
	public void execute(DelegateExecution execution) throws JsonProcessingException {
		String parameters = (String) execution.getVariable(PARAMETERS);
		batch.launchAfterCommit((String) execution.getVariable(JOB),
				(parameters != null) ? json.readValue(parameters, STRINGS) : Map.of(),
				execution.getProcessInstanceId());
	}

}
