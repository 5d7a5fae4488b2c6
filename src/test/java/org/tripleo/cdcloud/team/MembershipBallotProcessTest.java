package org.tripleo.cdcloud.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * membership-ballot, one test per path: the vote decides and closes early, the PTL vetoes
 * after a majority approved (veto period), the veto period passes, and the window expires
 * after a reminder. The tally itself is {@link Ballots}'s (tested through the REST ITs).
 */
@Deployment(resources = { "processes/membership-ballot.bpmn", "processes/membership-vote.form",
		"processes/membership-veto.form" })
class MembershipBallotProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-tests.camunda.cfg.xml")
		.build();

	static final String REQUEST = "req-1";

	Ballots ballots = mock(Ballots.class);

	Instant now = Instant.parse("2026-01-05T09:00:00Z");

	@BeforeEach
	void mocks() {
		ClockUtil.setCurrentTime(Date.from(now));
		Mocks.register("ballots", ballots);
		given(ballots.voters(REQUEST)).willReturn(List.of("ann", "bob", "cid"));
		given(ballots.closed(REQUEST)).willReturn(false);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	ProcessInstance start(boolean waitForVeto) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("requestId", REQUEST);
		variables.put("subject", "dan");
		variables.put("ptl", "pat");
		variables.put("votingDeadline", Date.from(now.plus(Duration.ofDays(7))));
		variables.put("reminderDate", Date.from(now.plus(Duration.ofDays(6))));
		variables.put("vetoPeriod", "PT1H");
		variables.put("waitForVeto", waitForVeto);
		return runtimeService().startProcessInstanceByKey("membership-ballot", variables);
	}

	@Test
	void voteClosesAsSoonAsTheOutcomeIsCertain() {
		// given
		ProcessInstance ballot = start(false);
		assertThat(ballot).isWaitingAt("vote", "veto");
		org.assertj.core.api.Assertions.assertThat(taskQuery().taskDefinitionKey("vote").count()).isEqualTo(3);
		// when two votes make the outcome certain
		complete(taskQuery().taskAssignee("ann").singleResult());
		given(ballots.closed(REQUEST)).willReturn(true);
		complete(taskQuery().taskAssignee("bob").singleResult());
		// then the third vote task and the veto task are gone
		assertThat(ballot).hasPassed("ballotDecided").isEnded();
		verify(ballots, org.mockito.Mockito.times(2)).vote(any());
	}

	@Test
	void ptlVetoesAfterAMajorityApproved() {
		// given a majority approved and the veto period runs
		ProcessInstance ballot = start(true);
		given(ballots.approved(REQUEST)).willReturn(true);
		given(ballots.closed(REQUEST)).willReturn(true);
		complete(taskQuery().taskAssignee("ann").singleResult());
		assertThat(ballot).isWaitingAt("vetoPeriod", "veto");
		// when the PTL vetoes
		complete(task("veto", ballot));
		// then
		assertThat(ballot).hasPassed("vetoCaught", "ballotVetoed")
			.hasNotPassed("ballotDecidedAfterVetoPeriod")
			.isEnded();
		verify(ballots).veto(any());
	}

	@Test
	void approvedBallotEndsWhenTheVetoPeriodPassesWithoutVeto() {
		// given
		ProcessInstance ballot = start(true);
		given(ballots.approved(REQUEST)).willReturn(true);
		given(ballots.closed(REQUEST)).willReturn(true);
		complete(taskQuery().taskAssignee("ann").singleResult());
		// when the veto period is over
		execute(job("vetoPeriod", ballot));
		// then the veto task is gone
		assertThat(ballot).hasPassed("ballotDecidedAfterVetoPeriod").hasNotPassed("ballotVetoed").isEnded();
	}

	@Test
	void windowExpiresAfterAReminderToThoseWhoHaveNotVoted() {
		// given one vote cast
		ProcessInstance ballot = start(false);
		complete(taskQuery().taskAssignee("ann").singleResult());
		// when the engine's clock reaches the reminder date
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(6)).plusSeconds(1)));
		execute(jobQuery().activityId("reminderDue").duedateLowerThan(ClockUtil.getCurrentTime()).singleResult());
		execute(job("remindVoters", ballot));
		verify(ballots).remind(REQUEST);
		assertThat(ballot).isWaitingAt("vote", "veto");
		// and then the deadline
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(7)).plusSeconds(1)));
		execute(jobQuery().activityId("deadlineReached").duedateLowerThan(ClockUtil.getCurrentTime()).singleResult());
		// then
		assertThat(ballot).hasPassed("reminded", "ballotExpired").hasNotPassed("ballotDecided").isEnded();
	}

}
