package org.tripleo.cdcloud.provisioning;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tripleo.cdcloud.ServiceTest;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.provisioning.ProvisioningRun.NodeRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provisioning on the booted service over loopback HTTP, on 18 fake nodes.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class ProvisioningApiIT {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void fleetOf18(DynamicPropertyRegistry registry) {
		registry.add("cdcloud.inventory.dir", () -> FakeFleet.inventory(dir.resolve("inventory"), 18).toString());
		registry.add("cdcloud.provisioning.fake.hang-timeout", () -> "300ms");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Inventory inventory;

	@Autowired
	FakeHardware fake;

	@Autowired
	ProvisioningService service;

	@Autowired
	NodeClaims claims;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	TestRestTemplate as(Role role, boolean has) {
		String id = inventory.people().stream().filter((p) -> p.has(role) == has).findFirst().orElseThrow().id();
		return rest.withBasicAuth(id, "it-secret");
	}

	TestRestTemplate admin() {
		return as(Role.CD_ADMIN, true);
	}

	String start(Map<String, Object> body) {
		ResponseEntity<Map> response = admin().postForEntity("/api/provisioning/runs", body, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(response.getBody()).containsKey("processInstanceId");
		return (String) response.getBody().get("runId");
	}

	ProvisioningRun awaitEnd(String runId) {
		await(() -> !"running".equals(service.run(runId).status()));
		return service.run(runId);
	}

	NodeRun node(String runId, String node) {
		return service.run(runId).nodes().stream().filter((n) -> n.node().equals(node)).findFirst().orElseThrow();
	}

	long writes(String node, String op) {
		return fake.calls().stream().filter((c) -> c.node().equals(node) && c.op().equals(op) && c.writes()).count();
	}

	static void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("condition within 60 s").isBefore(deadline);
			sleep(100);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void fleetRunProvisionsEachNodeOnceAndRecordsStepsAndStates() {
		// when
		String runId = start(Map.of("nodes", List.of("oc-0001", "oc-0002", "oc-0003"), "image", "overcloud-full"));
		// then
		ResponseEntity<Map> run = admin().getForEntity("/api/provisioning/runs/" + runId, Map.class);
		assertThat(run.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(awaitEnd(runId).status()).isEqualTo("completed");
		ProvisioningRun done = service.run(runId);
		assertThat(done.startedBy())
			.isEqualTo(inventory.people().stream().filter((p) -> p.has(Role.CD_ADMIN)).findFirst().orElseThrow().id());
		assertThat(done.image()).isEqualTo("overcloud-full");
		assertThat(done.nodes()).hasSize(3).allSatisfy((node) -> {
			assertThat(node.status()).isEqualTo("active");
			assertThat(node.state()).isEqualTo("active");
			assertThat(node.stepMillis()).containsOnlyKeys("validate", "powerOff", "bios", "raid", "pxeBoot", "deploy",
					"verify");
			for (String op : List.of("power.off", "bios.apply", "raid.apply", "boot.set", "power.on", "deploy.start")) {
				assertThat(writes(node.node(), op)).as(node.node() + " " + op).isEqualTo(1);
			}
		});
		Map nodeView = admin().getForObject("/api/nodes/oc-0001", Map.class);
		assertThat(nodeView).containsEntry("state", "active");
		assertThat(claims.holder("oc-0001")).isEmpty();
	}

	@Test
	void hangingBmcRaisesAnIncidentForItsNodeOnlyAndTheBusyNodeIsRefused() {
		// given the BMC of oc-0004 stops answering
		fake.inject("oc-0004", "hang");
		String runId = start(Map.of("nodes", List.of("oc-0004", "oc-0005", "oc-0006")));
		// then the others finish, the hanging node holds an incident
		await(() -> "active".equals(node(runId, "oc-0005").status()) && "active".equals(node(runId, "oc-0006").status())
				&& runtime.createIncidentQuery().count() > 0);
		// the engine repeats a node's incident on the fleet's call activity, pointing at
		// its
		// root cause on the node's own instance
		assertThat(runtime.createIncidentQuery().list())
			.filteredOn((incident) -> incident.getId().equals(incident.getRootCauseIncidentId()))
			.singleElement()
			.satisfies((incident) -> assertThat(incident.getIncidentMessage()).contains("oc-0004"));
		assertThat(node(runId, "oc-0004").status()).isEqualTo("running");
		// when a second run asks for the busy node
		ResponseEntity<Map> refused = admin().postForEntity("/api/provisioning/runs",
				Map.of("nodes", List.of("oc-0004")), Map.class);
		// then
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(refused.getBody()).containsEntry("code", "PROV-409");
		assertThat((String) refused.getBody().get("detail")).contains("oc-0004").contains(runId);
		fake.heal("oc-0004");
	}

	@Test
	void dryRunAnswersThePlanAndTouchesNothing() {
		// given
		fake.inject("oc-0007", "foreign-raid");
		// when
		ResponseEntity<Map> response = admin().postForEntity("/api/provisioning/runs",
				Map.of("nodes", List.of("oc-0007"), "dryRun", true), Map.class);
		// then
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map plan = ((List<Map>) response.getBody().get("plan")).get(0);
		assertThat(plan).containsEntry("node", "oc-0007")
			.containsEntry("raid", "destructive_replace")
			.containsEntry("raidAllowed", false);
		assertThat((Map<String, String>) plan.get("biosDiff")).containsEntry("BootMode", "LegacyBios");
		assertThat(fake.calls()).filteredOn((c) -> c.node().equals("oc-0007"))
			.isNotEmpty()
			.noneMatch((c) -> c.writes());
		assertThat(claims.holder("oc-0007")).isEmpty();
		assertThat(admin().getForObject("/api/nodes/oc-0007", Map.class)).containsEntry("state", "enrolled");
	}

	@Test
	void destructiveRaidWaitsForAnAdminUnlessTheRunAllowsIt() {
		// given two nodes with a foreign RAID volume
		fake.inject("oc-0008", "foreign-raid");
		fake.inject("oc-0009", "foreign-raid");
		// when one run does not allow destroying it, another does
		String refused = start(Map.of("nodes", List.of("oc-0008")));
		String allowed = start(Map.of("nodes", List.of("oc-0009"), "allowDestructiveRaid", true));
		// then
		assertThat(awaitEnd(allowed).status()).isEqualTo("completed");
		assertThat(writes("oc-0009", "raid.apply")).isEqualTo(1);
		await(() -> "failed".equals(node(refused, "oc-0008").status()));
		assertThat(node(refused, "oc-0008").error()).startsWith("RAID_DESTRUCTIVE").contains("allowDestructiveRaid");
		assertThat(writes("oc-0008", "raid.apply")).isZero();
		// when the admin aborts
		Task task = tasks.createTaskQuery()
			.taskDefinitionKey("resolveFailure")
			.taskCandidateGroup("cd-admin")
			.list()
			.stream()
			.filter((t) -> "oc-0008".equals(runtime.getVariable(t.getExecutionId(), "node")))
			.findFirst()
			.orElseThrow();
		tasks.complete(task.getId(), Map.of("retry", false));
		// then the node is released, left in maintenance
		assertThat(awaitEnd(refused).status()).isEqualTo("failed");
		assertThat(node(refused, "oc-0008").status()).isEqualTo("aborted");
		assertThat(node(refused, "oc-0008").state()).isEqualTo("maintenance");
		assertThat(claims.holder("oc-0008")).isEmpty();
	}

	@Test
	void biosAndNodeDriftAreReportedByName() {
		// given
		fake.inject("oc-0010", "bios-stuck:BootMode");
		fake.inject("oc-0011", "drift:memory");
		// when
		String runId = start(Map.of("nodes", List.of("oc-0010", "oc-0011")));
		// then
		await(() -> "failed".equals(node(runId, "oc-0010").status())
				&& "failed".equals(node(runId, "oc-0011").status()));
		assertThat(node(runId, "oc-0010").error()).startsWith("BIOS_DRIFT").contains("BootMode");
		assertThat(node(runId, "oc-0010").state()).isEqualTo("failed");
		assertThat(node(runId, "oc-0011").error()).startsWith("NODE_DRIFT").contains("memory");
	}

	@Test
	void aStepThatFailsOnceIsRetriedByTheEngine() {
		// given
		fake.inject("oc-0013", "fail-once:deploy.start");
		// when
		String runId = start(Map.of("nodes", List.of("oc-0013")));
		// then
		assertThat(awaitEnd(runId).status()).isEqualTo("completed");
		assertThat(writes("oc-0013", "deploy.start")).isEqualTo(1);
	}

	@Test
	void aRunWithFewerSlotsThanNodesProvisionsThemOneAfterTheOther() {
		// when two nodes share one slot
		String runId = start(Map.of("nodes", List.of("oc-0014", "oc-0015"), "concurrency", 1));
		// then both end active, and no hardware call of one falls among the other's
		assertThat(awaitEnd(runId).status()).isEqualTo("completed");
		List<String> order = fake.calls()
			.stream()
			.map(FakeRig.Call::node)
			.filter(List.of("oc-0014", "oc-0015")::contains)
			.toList();
		assertThat(order).hasSizeGreaterThan(2);
		String first = order.get(0);
		assertThat(order.subList(0, order.lastIndexOf(first) + 1)).containsOnly(first);
		assertThat(order.subList(order.lastIndexOf(first) + 1, order.size())).isNotEmpty().doesNotContain(first);
	}

	@Test
	void markedNodesAreReprovisionedOnSchedule() {
		// when
		ResponseEntity<Map> marked = admin().postForEntity("/api/nodes/oc-0012/reprovision", null, Map.class);
		ProvisioningService.RunStarted started = service.reprovisionMarked().orElseThrow();
		// then
		assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		ProvisioningRun run = awaitEnd(started.runId());
		assertThat(run.startedBy()).isEqualTo("scheduler");
		assertThat(run.nodes()).extracting(NodeRun::node).containsExactly("oc-0012");
		assertThat(service.reprovisionMarked()).isEmpty();
	}

	@Test
	void unknownNodeIsA400NamingIt() {
		ResponseEntity<Map> response = admin().postForEntity("/api/provisioning/runs",
				Map.of("nodes", List.of("oc-0001", "oc-9999")), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).containsEntry("code", "PROV-400");
		assertThat((String) response.getBody().get("detail")).contains("oc-9999");
		assertThat(claims.holder("oc-0001")).isEmpty();
	}

	@Test
	void endpointsNeedACdAdmin() {
		Map<String, Object> body = Map.of("nodes", "all", "dryRun", true);
		assertThat(rest.postForEntity("/api/provisioning/runs", body, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		TestRestTemplate atc = as(Role.CD_ADMIN, false);
		assertThat(atc.postForEntity("/api/provisioning/runs", body, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(atc.getForEntity("/api/provisioning/runs/x", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(atc.postForEntity("/api/nodes/oc-0001/reprovision", null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(admin().getForEntity("/api/provisioning/runs/x", Map.class).getBody()).containsEntry("code",
				"PROV-404");
	}

}
