package org.tripleo.cdcloud.provisioning;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code node-provisioning.bpmn}, one test per path, with the step beans mocked.
 */
@Deployment(resources = "processes/node-provisioning.bpmn")
class NodeProvisioningProcessTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessTestEngine.extension();

	ProcessEngine engine;

	NodeSteps nodeSteps = mock(NodeSteps.class);

	RunSteps runSteps = mock(RunSteps.class);

	@BeforeEach
	void registerSteps() {
		engine = extension.getProcessEngine();
		BpmnAwareTests.init(engine);
		Mocks.register("nodeSteps", nodeSteps);
		Mocks.register("runSteps", runSteps);
		when(runSteps.acquireSlot(any())).thenReturn(RunStore.GO);
		when(nodeSteps.isPoweredOff(any())).thenReturn(true);
		when(nodeSteps.isDeployed(any())).thenReturn(true);
		when(nodeSteps.verify(any())).thenReturn(true);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	ProcessInstance start() {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("node-provisioning",
					Map.of("runId", "run-1", "node", "oc-171", "pollInterval", "PT5S", "retryCycle", "R2/PT1S"));
	}

	@Test
	void shouldRunEveryStepInOrderWaitingForPowerOffAndDeploy() {
		// given power off and the deployment take one more check each
		when(nodeSteps.isPoweredOff(any())).thenReturn(false, true);
		when(nodeSteps.isDeployed(any())).thenReturn(false, false, true);
		// when
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt("claimNode");
		ProcessTestEngine.drive(engine.getManagementService());
		// then
		assertThat(instance)
			.hasPassedInOrder("claimNode", "acquireSlot", "validate", "powerOff", "checkPowerOff", "waitPowerOff",
					"applyBios", "verifyBios", "applyRaid", "setPxeBoot", "powerOn", "startDeploy", "checkDeploy",
					"waitDeploy", "verifyNode", "markActive")
			.hasNotPassed("markFailed", "skipNode")
			.isEnded();
		InOrder order = inOrder(runSteps, nodeSteps);
		order.verify(runSteps).claim(any());
		order.verify(nodeSteps).powerOff(any());
		order.verify(nodeSteps, times(2)).isPoweredOff(any());
		order.verify(nodeSteps).applyBios(any());
		order.verify(nodeSteps).startDeploy(any());
		order.verify(nodeSteps, times(3)).isDeployed(any());
		order.verify(runSteps).markActive(any());
		assertThat(instance).hasPassed("active");
	}

	@Test
	void shouldWaitForASlotOfTheRun() {
		// given the run's slots are taken twice
		when(runSteps.acquireSlot(any())).thenReturn(RunStore.WAIT, RunStore.WAIT, RunStore.GO);
		// when
		ProcessInstance instance = start();
		execute(job(instance));
		// then
		assertThat(instance).isWaitingAt("waitForSlot");
		verify(nodeSteps, never()).validate(any());
		ProcessTestEngine.drive(engine.getManagementService());
		assertThat(instance).hasPassed("markActive").isEnded();
		verify(runSteps, times(3)).acquireSlot(any());
	}

	@Test
	void shouldSkipTheNodeWhenTheFailurePolicyStoppedTheRun() {
		// given
		when(runSteps.acquireSlot(any())).thenReturn(RunStore.SKIP);
		// when
		ProcessInstance instance = start();
		execute(job(instance));
		// then
		assertThat(instance).hasPassed("skipNode", "skipped").isEnded();
		verify(runSteps).skip(any());
		verify(nodeSteps, never()).powerOff(any());
	}

	@Test
	void shouldAskAnAdminOnBiosDriftAndRetryFromASlot() {
		// given BIOS verification fails once
		doThrow(new BpmnError(NodeSteps.BIOS_DRIFT, "BIOS attributes not applied: BootMode")).doNothing()
			.when(nodeSteps)
			.verifyBios(any());
		ProcessInstance instance = start();
		// when
		ProcessTestEngine.drive(engine.getManagementService());
		// then the node waits for a cd-admin, with the failure in variables
		assertThat(instance).isWaitingAt("resolveFailure")
			.variables()
			.containsEntry("failureCode", "BIOS_DRIFT")
			.containsEntry("failureMessage", "BIOS attributes not applied: BootMode");
		assertThat(task()).hasCandidateGroup("cd-admin");
		verify(runSteps).markFailed(any());
		// when the admin retries
		complete(task(), withVariables("retry", true));
		ProcessTestEngine.drive(engine.getManagementService());
		// then the node goes through the steps again and ends active
		assertThat(instance).hasPassed("markActive").isEnded();
		verify(nodeSteps, times(2)).applyBios(any());
		verify(runSteps, times(2)).acquireSlot(any());
	}

	@Test
	void shouldReleaseTheNodeWhenAnAdminAborts() {
		// given RAID would destroy a volume the run does not allow to destroy
		doThrow(new BpmnError(NodeSteps.RAID_DESTRUCTIVE, "needs allowDestructiveRaid=true")).when(nodeSteps)
			.applyRaid(any());
		ProcessInstance instance = start();
		ProcessTestEngine.drive(engine.getManagementService());
		assertThat(instance).isWaitingAt("resolveFailure");
		// when
		complete(task(), withVariables("retry", false));
		// then
		assertThat(instance).hasPassed("abortNode", "aborted").hasNotPassed("setPxeBoot", "markActive").isEnded();
		verify(runSteps).abort(any());
	}

	@Test
	void shouldRaiseAnIncidentWhenAHardwareStepKeepsFailing() {
		// given the BMC does not answer
		doThrow(new NodeHardwareException("oc-171", "no answer")).when(nodeSteps).powerOff(any());
		ProcessInstance instance = start();
		// when every retry is used
		ProcessTestEngine.drive(engine.getManagementService());
		// then the step holds an incident, the node is not failed over to the admin task
		assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).list())
			.singleElement()
			.satisfies((incident) -> {
				assertThat(incident.getActivityId()).isEqualTo("powerOff");
				assertThat(incident.getIncidentMessage()).contains("oc-171: no answer");
			});
		assertThat(instance).isWaitingAt("powerOff");
		verify(nodeSteps, times(2)).powerOff(any());
		verify(runSteps, never()).markFailed(any());
	}

	@Test
	void shouldFailOnATimeoutOfAWaitLoop() {
		// given the node never reaches active
		when(nodeSteps.isDeployed(any())).thenReturn(false, false)
			.thenThrow(new BpmnError(NodeSteps.TIMEOUT, "still waiting after 2 checks"));
		ProcessInstance instance = start();
		// when
		ProcessTestEngine.drive(engine.getManagementService());
		// then
		assertThat(instance).isWaitingAt("resolveFailure").variables().containsEntry("failureCode", "TIMEOUT");
		verify(nodeSteps, never()).verify(any(DelegateExecution.class));
	}

}
