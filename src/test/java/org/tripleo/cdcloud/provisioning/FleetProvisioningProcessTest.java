package org.tripleo.cdcloud.provisioning;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code fleet-provisioning.bpmn} calling {@code node-provisioning.bpmn} per node (a
 * parallel multi-instance call activity), with the step beans mocked.
 */
@Deployment(resources = { "processes/fleet-provisioning.bpmn", "processes/node-provisioning.bpmn" })
class FleetProvisioningProcessTest {

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
		when(runSteps.nodes(any())).thenReturn(List.of("oc-171", "oc-172", "oc-173"));
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
			.startProcessInstanceByKey("fleet-provisioning", "run-1", Map.of("runId", "run-1", "image",
					"overcloud-full", "allowDestructiveRaid", false, "pollInterval", "PT5S", "retryCycle", "R2/PT1S"));
	}

	@Test
	void shouldProvisionEveryNodeOfTheRunThenCloseTheRun() {
		// given
		ProcessInstance fleet = start();
		assertThat(fleet).isWaitingAt("provisionNodes#multiInstanceBody");
		// when
		ProcessTestEngine.drive(engine.getManagementService());
		// then one called instance per node, with the run id as business key and the
		// run's
		// variables
		assertThat(fleet).hasPassedInOrder("provisionNodes", "finishRun").isEnded();
		assertThat(engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey("node-provisioning")
			.superProcessInstanceId(fleet.getId())
			.processInstanceBusinessKey("run-1")
			.completed()
			.list())
			.hasSize(3)
			.allSatisfy((node) -> assertThat(engine.getHistoryService()
				.createHistoricVariableInstanceQuery()
				.processInstanceId(node.getId())
				.variableName("image")
				.singleResult()
				.getValue()).isEqualTo("overcloud-full"));
		assertThat(engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.variableName("node")
			.list()
			.stream()
			.filter((variable) -> !fleet.getId().equals(variable.getProcessInstanceId()))
			.map((variable) -> variable.getValue())).containsExactlyInAnyOrder("oc-171", "oc-172", "oc-173");
		verify(runSteps, times(3)).markActive(any());
		verify(runSteps).finishRun(any());
	}

	@Test
	void shouldWaitForAFailedNodeWhileTheOthersFinish() {
		// given one node's BIOS does not verify
		doThrow(new BpmnError(NodeSteps.BIOS_DRIFT, "BootMode")).when(nodeSteps)
			.verifyBios(argThat((DelegateExecution execution) -> "oc-172".equals(execution.getVariable("node"))));
		ProcessInstance fleet = start();
		// when
		ProcessTestEngine.drive(engine.getManagementService());
		// then the others finished, the run waits for the admin's decision
		verify(runSteps, times(2)).markActive(any());
		assertThat(fleet).isWaitingAt("provisionNodes");
		verify(runSteps, never()).finishRun(any());
		// when the admin aborts the node
		Task resolve = engine.getTaskService().createTaskQuery().singleResult();
		assertThat(resolve.getTaskDefinitionKey()).isEqualTo("resolveFailure");
		complete(resolve, withVariables("retry", false));
		ProcessTestEngine.drive(engine.getManagementService());
		// then
		assertThat(fleet).hasPassed("finishRun").isEnded();
		verify(runSteps).abort(any());
	}

	@Test
	void shouldCancelTheNodeInstancesWithTheRun() {
		// given the run started its three node instances
		ProcessInstance fleet = start();
		execute(job(fleet));
		assertThat(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(fleet.getId())
			.active()
			.count()).isEqualTo(3);
		// when
		engine.getRuntimeService().deleteProcessInstance(fleet.getId(), "cancelled by a cd-admin");
		// then
		assertThat(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("node-provisioning")
			.count()).isZero();
		assertThat(engine.getManagementService().createJobQuery().count()).isZero();
		verify(runSteps, never()).claim(any());
	}

}
