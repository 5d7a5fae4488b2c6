package org.tripleo.cdcloud.fleet;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tripleo.cdcloud.provisioning.ProcessTestEngine;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * {@code fleet-job.bpmn}, called from the test caller, with the launching delegate mocked
 * and the job's end sent as the message the fleet's job listener correlates.
 */
@Deployment(resources = { "processes/fleet-job.bpmn", "fleet/fleet-job-caller.bpmn" })
class FleetJobProcessTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessTestEngine.extension();

	ProcessEngine engine;

	JavaDelegate fleetJobDelegate = mock(JavaDelegate.class);

	@BeforeEach
	void registerDelegate() {
		engine = extension.getProcessEngine();
		BpmnAwareTests.init(engine);
		Mocks.register("fleetJobDelegate", fleetJobDelegate);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void shouldLaunchTheJobThenEndWithItsOutcomeWhenItCompletes() throws Exception {
		// given a caller waiting in fleet-job after the launch
		ProcessInstance caller = startAndLaunch();
		// when the job ends COMPLETED
		ProcessInstance job = jobEnds(caller, "COMPLETED");
		// then fleet-job ended normally and the caller took over its outcome
		verify(fleetJobDelegate).execute(any());
		assertThat(job).hasPassed("end").isEnded();
		assertThat(caller).hasPassed("done")
			.isEnded()
			.variables()
			.containsEntry(FleetJobMessages.STATUS, "COMPLETED")
			.containsEntry(FleetJobMessages.EXECUTION_ID, 42L);
	}

	@Test
	void shouldThrowFleetJobFailedToTheCallerWhenTheJobFails() {
		ProcessInstance caller = startAndLaunch();
		ProcessInstance job = jobEnds(caller, "FAILED");
		assertThat(job).hasPassed("failed").isEnded();
		assertThat(caller).hasPassed("jobFailed", "failed").hasNotPassed("done").isEnded();
	}

	@Test
	void shouldTreatALaunchThatFailedAfterCommitAsAFailure() {
		ProcessInstance caller = startAndLaunch();
		jobEnds(caller, FleetJobMessages.NOT_STARTED);
		assertThat(caller).hasPassed("failed").isEnded();
	}

	private ProcessInstance startAndLaunch() {
		ProcessInstance caller = engine.getRuntimeService()
			.startProcessInstanceByKey("fleet-job-caller", Map.of("parameters", "{\"recipe\":\"greet\"}"));
		ProcessInstance job = calledProcessInstance(caller);
		assertThat(job).isWaitingAt("launchJob").variables().containsEntry(FleetJobDelegate.JOB, "fleetUpdate");
		execute(job());
		assertThat(job).isWaitingAt("awaitJob");
		return caller;
	}

	private ProcessInstance jobEnds(ProcessInstance caller, String status) {
		ProcessInstance job = calledProcessInstance(caller);
		new FleetJobMessages(engine.getRuntimeService()).ended(job.getId(), 42L, status, "exit description");
		// the receive task continues asynchronously, off the job's thread
		execute(engine.getManagementService().createJobQuery().processInstanceId(job.getId()).singleResult());
		return job;
	}

}
