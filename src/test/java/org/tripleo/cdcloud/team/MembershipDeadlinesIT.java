package org.tripleo.cdcloud.team;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.tripleo.cdcloud.inventory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.TestTeam.PTL;
import static org.tripleo.cdcloud.team.TestTeam.admin;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * The ballot's timers on the booted service, over REST: a request without a majority
 * expires at its deadline (recorded in the database), and with a veto period an approved
 * request still falls to the PTL's veto. The job executor is off, so the test runs each
 * timer job itself, on the engine's clock.
 */
@MembershipServiceTest
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=false", "cdcloud.membership.veto-period=PT1H" })
@SuppressWarnings({ "rawtypes", "unchecked" })
class MembershipDeadlinesIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TeamService team;

	@Test
	void withoutAMajorityTheRequestExpiresAtItsDeadline() {
		// given a request with one approval of the majority it needs
		MembershipClient client = new MembershipClient(rest);
		Map request = client.applied(atc(3), TestTeam.newKey("atc03"));
		String id = (String) request.get("id");
		client.vote(id, PTL, "approve");
		Instant deadline = Instant.parse((String) request.get("deadline"));
		Job deadlineTimer = timer((String) request.get("processInstanceId"), "deadlineReached");
		assertThat(deadlineTimer.getDuedate().toInstant()).isEqualTo(deadline);

		// when the engine's clock passes the deadline and the timer fires
		Instant closed = deadline.plus(Duration.ofMinutes(1));
		try {
			ClockUtil.setCurrentTime(Date.from(closed));
			management.executeJob(deadlineTimer.getId());
		}
		finally {
			ClockUtil.reset();
		}

		// then the request is EXPIRED, in the database and over REST, and nothing was
		// granted
		Map<String, Object> row = jdbc.queryForMap("SELECT state, closed_at FROM cdc_membership_request WHERE id = ?",
				id);
		assertThat(row.get("STATE")).isEqualTo("EXPIRED");
		assertThat(((Timestamp) row.get("CLOSED_AT")).toInstant()).isEqualTo(closed);
		assertThat(client.get(id)).containsEntry("state", "EXPIRED");
		ResponseEntity<Map> late = client.vote(id, admin(1), "approve");
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody()).containsEntry("code", "MEMB-CLOSED");
		assertThat(team.person(atc(3)).has(Role.CD_ADMIN)).isFalse();
	}

	@Test
	void ptlVetoesDuringTheVetoPeriodAfterAMajorityApproved() {
		// given a majority approved and the veto period runs
		MembershipClient client = new MembershipClient(rest);
		Map request = client.applied(atc(4), TestTeam.newKey("atc04"));
		String id = (String) request.get("id");
		String pid = (String) request.get("processInstanceId");
		Map approved = client.approveByMajority(request);
		assertThat(approved).containsEntry("state", "VOTING");
		assertThat(timer(pid, "vetoPeriod").getDuedate().toInstant())
			.isAfter(Instant.now().plus(Duration.ofMinutes(59)));
		List<String> voters = (List<String>) request.get("eligibleVoters");
		assertThat(client.vote(id, voters.get(voters.size() - 1), "approve").getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);

		// when someone else, then the PTL vetoes
		ResponseEntity<Map> notPtl = client.veto(id, admin(2));
		ResponseEntity<Map> vetoed = client.veto(id, PTL);

		// then only the PTL's veto counts and ends the request as VETOED
		assertThat(notPtl.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(vetoed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(vetoed.getBody()).containsEntry("state", "VETOED");
		assertThat((Map) vetoed.getBody().get("veto")).containsEntry("ptl", PTL).containsEntry("reason", "not yet");
		assertThat(jdbc.queryForObject("SELECT state FROM cdc_membership_request WHERE id = ?", String.class, id))
			.isEqualTo("VETOED");

		// and when the rest of the process runs, nothing is provisioned
		management.createJobQuery().processInstanceId(pid).list().forEach((job) -> management.executeJob(job.getId()));
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(pid)
			.activityId("requestClosed")
			.count()).isOne();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId("grantRole").count())
			.isZero();
		assertThat((List<Map>) client.get(id).get("steps")).extracting((step) -> step.get("status"))
			.containsOnly("PENDING");
		assertThat(team.person(atc(4)).has(Role.CD_ADMIN)).isFalse();
	}

	/** The timer job at {@code activityId} in the ballot that the join calls. */
	private Job timer(String joinProcessInstanceId, String activityId) {
		String ballot = runtime.createProcessInstanceQuery()
			.superProcessInstanceId(joinProcessInstanceId)
			.singleResult()
			.getId();
		return management.createJobQuery().processInstanceId(ballot).activityId(activityId).singleResult();
	}

}
