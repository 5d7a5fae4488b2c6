package org.tripleo.cdcloud.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tripleo.cdcloud.inventory.InventoryLoader;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.MembershipJoinIT.assertRefused;
import static org.tripleo.cdcloud.team.TestTeam.PTL;
import static org.tripleo.cdcloud.team.TestTeam.admin;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * admin-leave through {@code /api/membership}: leave and removal revoke everything; the
 * PTL stays; no variable, process modification or other member's task completion forces
 * an approval; the live team exports as team.yaml.
 */
@MembershipServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class MembershipDepartureIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TeamService team;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

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

	String joined(String atc, String key) throws InterruptedException {
		Map request = client.applied(atc, key);
		client.approveByMajority(request);
		client.awaitSteps((String) request.get("id"));
		return atc;
	}

	@Test
	void leavingRevokesEverything() throws Exception {
		// given a member who joined
		String key = TestTeam.newKey("atc07");
		String member = joined(atc(7), key);
		assertThat(accounts.hasApiAccess(member)).isTrue();
		// when they leave
		ResponseEntity<Map> leave = client.depart(member, member);
		// then without a vote, everything is revoked
		assertThat(leave.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(leave.getBody()).containsEntry("kind", "LEAVE").containsEntry("state", "APPROVED");
		client.awaitSteps((String) leave.getBody().get("id"));
		assertRevoked(member, key);
	}

	@Test
	void removalIsVotedThenRevokesEverything() throws Exception {
		// given
		String key = TestTeam.newKey("atc08");
		String member = joined(atc(8), key);
		// when another member asks for the removal and a majority approves
		ResponseEntity<Map> removal = client.depart(admin(2), member);
		assertThat(removal.getBody()).containsEntry("kind", "REMOVAL").containsEntry("state", "VOTING");
		assertThat((List<String>) removal.getBody().get("eligibleVoters")).doesNotContain(member);
		assertThat(team.person(member).has(Role.CD_ADMIN)).isTrue();
		client.approveByMajority(removal.getBody());
		client.awaitSteps((String) removal.getBody().get("id"));
		// then
		assertRevoked(member, key);
	}

	private void assertRevoked(String member, String key) {
		assertThat(team.person(member).has(Role.CD_ADMIN)).isFalse();
		assertThat(keypairs.keys(InMemoryUndercloudKeypairs.ADMIN_DEFAULT)).doesNotContain(key);
		assertThat(accounts.hasApiAccess(member)).isFalse();
		assertThat(machines.authorizedKeys("undercloud")).doesNotContain(key);
		assertThat(identity.createUserQuery().memberOfGroup("cd-admin").userId(member).count()).isZero();
		assertThat(client.as(member).getForEntity("/api/nodes", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void thePtlCannotLeaveOrBeRemoved() {
		assertRefused(client.depart(PTL, PTL), HttpStatus.CONFLICT, "MEMB-PTL");
		assertRefused(client.depart(admin(1), PTL), HttpStatus.CONFLICT, "MEMB-PTL");
		assertRefused(client.depart(atc(9), admin(1)), HttpStatus.FORBIDDEN, "MEMB-NOT-ADMIN");
	}

	@Test
	void nothingButTheBallotProvisionsAccess() throws Exception {
		// given an open request with one approval
		Map request = client.applied(atc(10), TestTeam.newKey("atc10"));
		String id = (String) request.get("id");
		String pi = (String) request.get("processInstanceId");
		client.vote(id, admin(1), "approve");
		// when an admin completes another member's vote task through the engine REST API
		Task othersTask = tasks.createTaskQuery()
			.processVariableValueEquals("requestId", id)
			.taskAssignee(admin(3))
			.singleResult();
		ResponseEntity<String> foreign = client.as(admin(1))
			.postForEntity("/engine-rest/task/" + othersTask.getId() + "/complete",
					Map.of("variables", Map.of("decision", Map.of("value", "approve"))), String.class);
		// and someone sets the variables and jumps the process to the first step
		runtime.setVariable(pi, "state", "APPROVED");
		runtime.createProcessInstanceModification(pi).startBeforeActivity("grantRole").execute();
		var job = management.createJobQuery().processInstanceId(pi).activityId("grantRole").singleResult();
		try {
			management.executeJob(job.getId());
		}
		catch (RuntimeException expected) {
			// the step refuses: the ballot did not approve
		}
		// then
		assertThat(foreign.getStatusCode().is2xxSuccessful()).isFalse();
		Map after = client.get(id);
		assertThat(after).containsEntry("state", "VOTING");
		assertThat((List) after.get("votes")).hasSize(1);
		assertThat(team.person(atc(10)).has(Role.CD_ADMIN)).isFalse();
		assertThat(((List<Map>) after.get("steps")).get(0)).containsEntry("step", "GRANT_ROLE")
			.containsEntry("status", "FAILED");
	}

	@Test
	void liveTeamExportsAsTeamYaml(@TempDir Path dir) throws Exception {
		// given
		ResponseEntity<String> export = client.as(PTL).getForEntity("/api/team/export", String.class);
		assertThat(client.as(atc(11)).getForEntity("/api/team/export", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		// when it is loaded as an inventory
		Path valid = Path.of("src/test/resources/inventory/valid");
		Files.copy(valid.resolve("machines.yaml"), dir.resolve("machines.yaml"));
		Files.copy(valid.resolve("environments.yaml"), dir.resolve("environments.yaml"));
		Files.writeString(dir.resolve("team.yaml"), export.getBody());
		List<Person> loaded = new InventoryLoader(dir, Path.of("src/test/resources/bios-profiles")).load().people();
		// then it is the live team
		assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(loaded).isEqualTo(team.people());
	}

}
