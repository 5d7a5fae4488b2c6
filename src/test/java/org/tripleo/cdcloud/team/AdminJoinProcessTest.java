package org.tripleo.cdcloud.team;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * admin-join and admin-leave, one test per path: approved (the steps in order, each
 * async), closed without change, a step whose retries run out (incident), a self-service
 * leave without vote and a voted removal.
 */
@Deployment(resources = { "processes/admin-join.bpmn", "processes/admin-leave.bpmn", "processes/membership-ballot.bpmn",
		"processes/membership-vote.form", "processes/membership-veto.form", "processes/admin-join-start.form",
		"processes/admin-leave-start.form" })
class AdminJoinProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-tests.camunda.cfg.xml")
		.build();

	static final String REQUEST = "req-7";

	Ballots ballots = mock(Ballots.class);

	AccessSteps steps = mock(AccessSteps.class);

	MembershipNotices notices = mock(MembershipNotices.class);

	@BeforeEach
	void mocks() {
		Mocks.register("openRequestDelegate", (JavaDelegate) (execution) -> {
		});
		Mocks.register("ballots", ballots);
		Mocks.register("accessSteps", steps);
		Mocks.register("membershipNotices", notices);
		// no voters: the ballot ends at once, its result is what ballots.close says
		given(ballots.voters(REQUEST)).willReturn(List.of());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	ProcessInstance start(String key, String state) {
		return runtimeService().startProcessInstanceByKey(key,
				Map.of("requestId", REQUEST, "subject", "dan", "ptl", "pat", "state", state, "votingDeadline",
						new Date(System.currentTimeMillis() + 86_400_000L), "reminderDate",
						new Date(System.currentTimeMillis() + 3_600_000L), "vetoPeriod", "PT0S", "waitForVeto", false));
	}

	@Test
	void approvedJoinRunsEveryStepAsyncInOrder() {
		// given
		given(ballots.close(REQUEST)).willReturn("APPROVED");
		ProcessInstance join = start("admin-join", "VOTING");
		// when each async step's job runs
		for (String step : List.of("grantRole", "syncKeypairs", "grantApiAccess", "syncAuthorizedKeys",
				"notifyMembers")) {
			assertThat(join).isWaitingAt(step);
			execute(job(step, join));
		}
		// then
		assertThat(join).hasPassed("callBallot", "closeBallot").hasPassed("accessProvisioned").isEnded();
		InOrder order = inOrder(steps);
		for (String step : List.of("GRANT_ROLE", "SYNC_KEYPAIRS", "GRANT_API_ACCESS", "SYNC_AUTHORIZED_KEYS",
				"NOTIFY")) {
			order.verify(steps).run(REQUEST, step);
		}
	}

	@Test
	void requestClosedWithoutApprovalOnlyNotifies() {
		// given
		given(ballots.close(REQUEST)).willReturn("VETOED");
		ProcessInstance join = start("admin-join", "VOTING");
		// when
		execute(job("notifyOutcome", join));
		// then
		assertThat(join).hasPassed("requestClosed").hasNotPassed("grantRole").isEnded();
		verify(notices).outcome(REQUEST);
		verify(steps, never()).run(anyString(), anyString());
	}

	@Test
	void failingStepEndsInAnIncidentAfterItsRetries() {
		// given
		given(ballots.close(REQUEST)).willReturn("APPROVED");
		willThrow(new IllegalStateException("undercloud down")).given(steps).run(REQUEST, "SYNC_KEYPAIRS");
		ProcessInstance join = start("admin-join", "VOTING");
		execute(job("grantRole", join));
		// when the step fails five times
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				execute(job("syncKeypairs", join));
			}
			catch (org.camunda.bpm.engine.ProcessEngineException expected) {
				// each failure uses up one retry
			}
		}
		// then
		assertThat(join).isWaitingAt("syncKeypairs");
		org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().noRetriesLeft().count())
			.isOne();
		org.assertj.core.api.Assertions
			.assertThat(runtimeService().createIncidentQuery().processInstanceId(join.getId()).count())
			.isOne();
	}

	@Test
	void selfServiceLeaveRevokesWithoutAVote() {
		// given a leave: approved when opened
		ProcessInstance leave = start("admin-leave", "APPROVED");
		// when
		for (String step : List.of("revokeRole", "syncKeypairs", "revokeApiAccess", "syncAuthorizedKeys",
				"notifyMembers")) {
			execute(job(step, leave));
		}
		// then
		assertThat(leave).hasNotPassed("callBallot").hasPassed("accessRevoked").isEnded();
		InOrder order = inOrder(steps);
		for (String step : List.of("REVOKE_ROLE", "SYNC_KEYPAIRS", "REVOKE_API_ACCESS", "SYNC_AUTHORIZED_KEYS",
				"NOTIFY")) {
			order.verify(steps).run(REQUEST, step);
		}
	}

	@Test
	void removalIsVotedBeforeAnythingIsRevoked() {
		// given
		given(ballots.close(REQUEST)).willReturn("REJECTED");
		// when
		ProcessInstance removal = start("admin-leave", "VOTING");
		execute(job("notifyOutcome", removal));
		// then
		assertThat(removal).hasPassed("callBallot", "closeBallot", "requestClosed")
			.hasNotPassed("revokeRole")
			.isEnded();
		verify(steps, never()).run(anyString(), anyString());
	}

}
