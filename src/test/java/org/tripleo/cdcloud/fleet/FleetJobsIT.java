package org.tripleo.cdcloud.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tripleo.cdcloud.ServiceTest;
import org.tripleo.cdcloud.ssh.SshHostsRig;
import org.tripleo.cdcloud.team.ChangeReport;
import org.tripleo.cdcloud.team.MachineAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet jobs in the booted service against six real sshd hosts (127.0.10.174-179),
 * launched and watched over the REST API.
 */
@ServiceTest
class FleetJobsIT {

	private static final SshHostsRig rig = SshHostsRig.start("127.0.10", 174, 6);

	private static final String ADMIN = "tester1";

	private static final String ATC_ONLY = "tester5";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MachineAccess machineAccess;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ProcessEngine engine;

	@DynamicPropertySource
	static void rigProperties(DynamicPropertyRegistry registry) throws Exception {
		Path inventory = rig.writeInventory();
		FleetTestRecipes.write(inventory.resolve("recipes"));
		registry.add("cdcloud.fleet.enabled", () -> "true");
		registry.add("cdcloud.inventory.dir", inventory::toString);
		registry.add("cdcloud.bios-profiles.dir", () -> SshHostsRig.biosProfiles().toString());
		registry.add("cdcloud.ssh.port", () -> SshHostsRig.PORT);
		registry.add("cdcloud.ssh.key-file", () -> rig.keyFile().toString());
		registry.add("cdcloud.ssh.log-dir", () -> rig.dir().resolve("logs").toString());
	}

	@AfterAll
	static void stopHosts() {
		rig.close();
	}

	@Test
	void fleetUpdateRunsTheRecipeOnEveryHostAndReportsEach() throws Exception {
		Map<String, Object> report = runJob("fleetUpdate",
				Map.of("recipe", "greet", "who", "world", "role", "overcloud", "maxUnavailable", "3"));
		assertThat(report).containsEntry("status", "COMPLETED");
		assertThat(report.get("hosts")).isEqualTo(Map.of("total", 6, "completed", 6, "failed", 0, "running", 0));
		List<Map<String, Object>> results = results(report);
		assertThat(results).extracting((r) -> r.get("host"))
			.containsExactly("oc-174", "oc-175", "oc-176", "oc-177", "oc-178", "oc-179");
		Map<String, Object> step = steps(results.get(0)).get(1);
		assertThat(step).containsEntry("name", "read").containsEntry("exitStatus", 0).containsEntry("ok", true);
		assertThat(step.get("stdoutTail")).isEqualTo("hello world from oc-174\n");
		assertThat(Files.readString(rig.home(5).resolve("greet-oc-179"))).isEqualTo("hello world from oc-179\n");
		assertThat(meters.counter("cdcloud.fleet.hosts", "job", "fleetUpdate", "host", "oc-175", "outcome", "COMPLETED")
			.count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aParameterCannotInjectShellSyntax() throws Exception {
		// given a value full of shell syntax (the recipe's pattern allows anything)
		Path pwned = rig.home(0).resolve("pwned");
		String attack = "x\"; touch " + pwned + "; echo '$(touch " + pwned + ")' `touch " + pwned + "`";
		// when the recipe runs with it
		Map<String, Object> report = runJob("fleetUpdate", Map.of("recipe", "greet", "who", attack, "hosts", "oc-174"));
		// then it was only data: echoed literally, nothing was executed
		assertThat(report).containsEntry("status", "COMPLETED");
		assertThat(Files.exists(pwned)).isFalse();
		assertThat(Files.readString(rig.home(0).resolve("greet-oc-174")))
			.isEqualTo("hello " + attack + " from oc-174\n");
	}

	@Test
	void aValueOutsideThePatternIsRefusedBeforeAnythingRuns() {
		ResponseEntity<Map> response = rest.withBasicAuth(ADMIN, "it-secret")
			.postForEntity("/api/batch/jobs/fleetUpdate/executions", Map.of("recipe", "count", "n", "1; reboot"),
					Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).containsEntry("code", "FLEET-400");
		assertThat(response.getBody().get("detail").toString()).contains("'n'").doesNotContain("reboot");
	}

	@Test
	void failuresBeyondMaxFailPercentAbortTheRestOfTheHosts() throws Exception {
		// given a recipe that fails (exit 7) on the first host, one host at a time
		Map<String, Object> report = runJob("fleetUpdate", Map.of("recipe", "fail-on", "bad", "oc-174", "role",
				"overcloud", "maxUnavailable", "1", "maxFailPercent", "10"));
		// then the job failed, the first host with its exit code, the others were not run
		assertThat(report).containsEntry("status", "FAILED");
		List<Map<String, Object>> results = results(report);
		assertThat(results.get(0)).containsEntry("outcome", "FAILED");
		assertThat(results.get(0).get("message").toString()).contains("exited 7");
		assertThat(steps(results.get(0)).get(0)).containsEntry("exitStatus", 7)
			.containsEntry("stderrTail", "bad host\n");
		assertThat(results.subList(1, 6))
			.allSatisfy((r) -> assertThat(r.get("message").toString()).contains("aborted"));
	}

	@Test
	void dryRunListsHostTimesCommandAndConnectsNowhere() throws Exception {
		Map<String, Object> report = runJob("fleetUpdate",
				Map.of("recipe", "greet", "who", "it's", "hosts", "oc-175,oc-176", "dryRun", "true"));
		assertThat(report).containsEntry("status", "COMPLETED");
		List<Map<String, Object>> results = results(report);
		assertThat(results).extracting((r) -> r.get("outcome")).containsOnly("DRY_RUN");
		assertThat(steps(results.get(0)).get(0).get("command").toString())
			.startsWith("export who='it'\\''s' host='oc-175'\n");
	}

	@Test
	void hardwareAuditReportsDriftFromTheProfile() throws Exception {
		Map<String, Object> report = runJob("hardwareAudit", Map.of("hosts", "oc-177"));
		assertThat(report).containsEntry("status", "COMPLETED");
		Map<String, Object> host = results(report).get(0);
		assertThat(((Map<?, ?>) host.get("facts")).get("nproc"))
			.isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors()));
		assertThat((List<String>) host.get("drift")).anyMatch((d) -> d.startsWith("memory: expected 4096 GiB"))
			.noneMatch((d) -> d.startsWith("cpu"));
	}

	@Test
	void authorizedKeysSyncWritesTheRuleKeysAtomicallyAndIsIdempotent() throws Exception {
		Path file = rig.home(2).resolve(".ssh/authorized_keys");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "old-key\n");
		// when synced twice
		ChangeReport first = machineAccess.syncAuthorizedKeys();
		ChangeReport second = machineAccess.syncAuthorizedKeys();
		// then the first wrote the file (keeping the old one), the second changed nothing
		assertThat(first.changes()).hasSize(6).allMatch((line) -> line.contains("authorized_keys updated"));
		assertThat(second.changed()).isFalse();
		String keys = Files.readString(file);
		assertThat(keys).contains(Files.readString(rig.dir().resolve("id_ed25519.pub")).strip())
			.doesNotContain("old-key");
		assertThat(Files.readString(file.resolveSibling("authorized_keys.previous"))).isEqualTo("old-key\n");
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
	}

	@Test
	void aProcessLaunchesAJobThroughFleetJobAndGoesOnWithItsOutcome() throws Exception {
		// given the test caller of fleet-job deployed beside it
		engine.getRepositoryService().createDeployment().addClasspathResource("fleet/fleet-job-caller.bpmn").deploy();
		// when it runs a job that completes and one that fails
		String completed = startCaller("{\"recipe\":\"greet\",\"who\":\"bpmn\",\"hosts\":\"oc-178\"}");
		String failed = startCaller("{\"recipe\":\"fail-on\",\"bad\":\"oc-179\",\"hosts\":\"oc-179\"}");
		// then each went on by the job's real outcome
		assertThat(endOf(completed)).isEqualTo("done");
		assertThat(Files.readString(rig.home(4).resolve("greet-oc-178"))).isEqualTo("hello bpmn from oc-178\n");
		assertThat(endOf(failed)).isEqualTo("failed");
		Object executionId = engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(completed)
			.variableName("fleetExecutionId")
			.singleResult()
			.getValue();
		Map<String, Object> report = rest.withBasicAuth(ADMIN, "it-secret")
			.getForObject("/api/batch/executions/" + executionId, Map.class);
		assertThat(report).containsEntry("status", "COMPLETED");
		String fleetJob = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(completed)
			.singleResult()
			.getId();
		assertThat((Map<String, Object>) report.get("parameters")).containsEntry("processInstanceId", fleetJob);
	}

	private String startCaller(String parameters) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("fleet-job-caller", Map.of("parameters", parameters))
			.getId();
	}

	/** The end event the caller reached, waiting up to 60 s. */
	private String endOf(String processInstanceId) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			HistoricProcessInstance instance = engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processInstanceId(processInstanceId)
				.singleResult();
			if (instance.getEndTime() != null) {
				return instance.getEndActivityId();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("fleet-job-caller " + processInstanceId + " did not end within 60 s");
	}

	@Test
	void batchEndpointsNeedACdAdmin() {
		assertThat(
				rest.postForEntity("/api/batch/jobs/hardwareAudit/executions", Map.of(), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth(ATC_ONLY, "it-secret")
			.postForEntity("/api/batch/jobs/hardwareAudit/executions", Map.of(), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.withBasicAuth(ATC_ONLY, "it-secret")
			.getForEntity("/api/batch/executions/1", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.withBasicAuth(ADMIN, "it-secret")
			.getForEntity("/api/batch/executions/999999", Map.class)
			.getBody()).containsEntry("code", "FLEET-404");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> runJob(String job, Map<String, String> parameters) {
		ResponseEntity<Map> launched = rest.withBasicAuth(ADMIN, "it-secret")
			.postForEntity("/api/batch/jobs/" + job + "/executions", parameters, Map.class);
		assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String location = launched.getHeaders().getLocation().toString();
		// one long-polling GET: answered when the execution ends
		Map<String, Object> report = rest.withBasicAuth(ADMIN, "it-secret")
			.getForObject(location + "?wait=60", Map.class);
		assertThat(report.get("endTime")).as(job + " ended within the wait").isNotNull();
		return report;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> results(Map<String, Object> report) {
		return (List<Map<String, Object>>) report.get("results");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> steps(Map<String, Object> hostResult) {
		return (List<Map<String, Object>>) hostResult.get("steps");
	}

}
