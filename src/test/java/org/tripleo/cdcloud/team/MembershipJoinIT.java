package org.tripleo.cdcloud.team;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.TestTeam.PTL;
import static org.tripleo.cdcloud.team.TestTeam.admin;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * admin-join through {@code /api/membership} on the booted service: approval with access
 * provisioned, rejection, early close, the PTL's veto, and every refusal.
 */
@MembershipServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class MembershipJoinIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TeamService team;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	InMemoryUndercloudKeypairs keypairs;

	@Autowired
	InMemoryUndercloudAccounts accounts;

	@Autowired
	InMemoryMachineAccess machines;

	MembershipClient client;

	@BeforeEach
	void client() {
		client = new MembershipClient(rest);
	}

	@Test
	void majorityApprovesAndAccessIsProvisionedInOrder() throws Exception {
		// given
		String key = TestTeam.newKey("atc01@new-laptop");
		Map request = client.applied(atc(1), key);
		assertThat(request).containsEntry("state", "VOTING").containsKeys("id", "processInstanceId");
		assertThat((List<String>) request.get("eligibleVoters")).contains(PTL, admin(1)).doesNotContain(atc(1));
		// when a strict majority approves
		Map decided = client.approveByMajority(request);
		// then the vote closes at once and the steps run
		assertThat(decided).containsEntry("state", "APPROVED");
		Map done = client.awaitSteps((String) request.get("id"));
		assertThat(((List<Map>) done.get("steps")).stream().map((s) -> s.get("step"))).containsExactly("GRANT_ROLE",
				"SYNC_KEYPAIRS", "GRANT_API_ACCESS", "SYNC_AUTHORIZED_KEYS", "NOTIFY");
		Person admin = team.person(atc(1));
		assertThat(admin.has(Role.CD_ADMIN)).isTrue();
		assertThat(admin.sshKeys()).contains(key);
		assertThat(keypairs.keys(InMemoryUndercloudKeypairs.ADMIN_DEFAULT)).contains(key);
		assertThat(accounts.hasApiAccess(atc(1))).isTrue();
		assertThat(machines.authorizedKeys("undercloud")).contains(key);
		assertThat(identity.createUserQuery().memberOfGroup("cd-admin").userId(atc(1)).count()).isOne();
		assertThat(client.as(atc(1)).getForEntity("/api/nodes", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		printDecidingVoteToAuthorizedKeys(done);
	}

	private static void printDecidingVoteToAuthorizedKeys(Map done) {
		List<Map> votes = (List<Map>) done.get("votes");
		Instant decidingVote = Instant.parse((String) votes.get(votes.size() - 1).get("time"));
		Instant keysPushed = ((List<Map>) done.get("steps")).stream()
			.filter((s) -> "SYNC_AUTHORIZED_KEYS".equals(s.get("step")))
			.map((s) -> Instant.parse((String) s.get("time")))
			.findFirst()
			.orElseThrow();
		System.out.printf("MEASURE deciding vote -> step 4 done (in-memory seams): %d ms%n",
				Duration.between(decidingVote, keysPushed).toMillis());
	}

	@Test
	void majorityRejectsAndTheVoteClosesEarly() {
		// given
		Map request = client.applied(atc(2), TestTeam.newKey("atc02"));
		String id = (String) request.get("id");
		List<String> voters = (List<String>) request.get("eligibleVoters");
		int required = (Integer) request.get("approvalsRequired");
		int rejectionsThatDecide = voters.size() - required + 1;
		// when enough reject that a majority can no longer be reached
		for (String voter : voters.subList(0, rejectionsThatDecide)) {
			client.vote(id, voter, "reject");
		}
		// then it is rejected, nothing is provisioned, and a late vote is refused
		Map closed = client.get(id);
		assertThat(closed).containsEntry("state", "REJECTED");
		assertThat((List) closed.get("votes")).hasSize(rejectionsThatDecide);
		ResponseEntity<Map> late = client.vote(id, voters.get(voters.size() - 1), "approve");
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody()).containsEntry("code", "MEMB-CLOSED");
		assertThat(team.person(atc(2)).has(Role.CD_ADMIN)).isFalse();
	}

	@Test
	void ptlVetoEndsTheRequestWhateverTheVotes() {
		// given approvals one short of a majority
		Map request = client.applied(atc(3), TestTeam.newKey("atc03"));
		String id = (String) request.get("id");
		List<String> voters = ((List<String>) request.get("eligibleVoters")).stream()
			.filter((v) -> !v.equals(PTL))
			.toList();
		int required = (Integer) request.get("approvalsRequired");
		voters.subList(0, required - 1).forEach((voter) -> client.vote(id, voter, "approve"));
		// when a non-PTL tries to veto, then the PTL vetoes
		assertThat(client.veto(id, admin(1)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> vetoed = client.veto(id, PTL);
		// then
		assertThat(vetoed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(vetoed.getBody()).containsEntry("state", "VETOED");
		assertThat((Map) vetoed.getBody().get("veto")).containsEntry("ptl", PTL).containsEntry("reason", "not yet");
		assertThat(client.vote(id, voters.get(required - 1), "approve").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(client.veto(id, PTL).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(team.person(atc(3)).has(Role.CD_ADMIN)).isFalse();
		assertThat(client.as(PTL).getForObject("/api/membership/requests?state=VETOED", List.class))
			.anySatisfy((r) -> assertThat((Map) r).containsEntry("id", id));
	}

	@Test
	void refusedRequestsStartNoProcess() {
		long before = runtime.createProcessInstanceQuery().processDefinitionKey("admin-join").count();
		assertRefused(client.apply(TestTeam.GUEST, TestTeam.newKey("guest")), HttpStatus.FORBIDDEN, "MEMB-NOT-ATC");
		assertRefused(client.apply(admin(2), TestTeam.newKey("admin02")), HttpStatus.CONFLICT, "MEMB-ALREADY-ADMIN");
		assertRefused(client.apply(atc(4), "ssh-ed25519 not-base64!"), HttpStatus.BAD_REQUEST, "MEMB-KEY");
		assertRefused(client.apply(atc(4), TestKeys.rsa1024()), HttpStatus.BAD_REQUEST, "MEMB-KEY");
		assertRefused(client.apply(atc(4), TestKeys.dsa()), HttpStatus.BAD_REQUEST, "MEMB-KEY");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("admin-join").count()).isEqualTo(before);
		client.applied(atc(4), TestTeam.newKey("atc04"));
		assertRefused(client.apply(atc(4), TestTeam.newKey("atc04-again")), HttpStatus.CONFLICT, "MEMB-OPEN");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("admin-join").count())
			.isEqualTo(before + 1);
	}

	@Test
	void onlyEligibleMembersVoteOnceAndThePtlVoteCountsOnce() {
		// given
		Map request = client.applied(atc(5), TestTeam.newKey("atc05"));
		String id = (String) request.get("id");
		// then the applicant and a non-member cannot vote
		assertRefused(client.vote(id, atc(5), "approve"), HttpStatus.FORBIDDEN, "MEMB-VOTE-SUBJECT");
		assertRefused(client.vote(id, atc(6), "approve"), HttpStatus.FORBIDDEN, "MEMB-VOTE-NOT-MEMBER");
		// and the PTL's approval is one vote, a second one is refused
		assertThat(client.vote(id, PTL, "approve").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertRefused(client.vote(id, PTL, "approve"), HttpStatus.CONFLICT, "MEMB-VOTED");
		assertRefused(client.vote(id, admin(1), "maybe"), HttpStatus.BAD_REQUEST, null);
		Map after = client.get(id);
		assertThat(after).containsEntry("state", "VOTING");
		assertThat((List<Map>) after.get("votes")).singleElement().satisfies((v) -> {
			assertThat(v).containsEntry("voter", PTL).containsEntry("decision", "approve");
		});
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		assertThat(rest.getForEntity("/api/membership/requests", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(client.as(TestTeam.GUEST).getForEntity("/api/membership/requests", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	static void assertRefused(ResponseEntity<Map> response, HttpStatus status, String code) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
		assertThat((String) response.getBody().get("detail")).isNotBlank();
		if (code != null) {
			assertThat(response.getBody()).containsEntry("code", code);
		}
	}

}
