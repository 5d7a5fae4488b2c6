package org.tripleo.cdcloud.provisioning;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the service (SIGKILL) in the middle of a fleet run and starts it again on the
 * same H2 file database: every node continues from its last completed step, and no
 * hardware-changing call is made twice (the fake's journal counts calls across both
 * JVMs).
 */
class ProvisioningRestartIT {

	private static final int NODES = 6;

	/** The step each fake call belongs to, in the order of the model. */
	private static final Map<String, Integer> STEP_OF_OP = Map.ofEntries(Map.entry("power.off", 1),
			Map.entry("bios.diff", 2), Map.entry("bios.apply", 2), Map.entry("bios.verify", 2),
			Map.entry("raid.plan", 3), Map.entry("raid.apply", 3), Map.entry("boot.state", 4), Map.entry("boot.set", 4),
			Map.entry("power.on", 4), Map.entry("deploy.state", 5), Map.entry("deploy.start", 5),
			Map.entry("ssh.verify", 6));

	private static final String ADMIN = "tester1";

	private final ObjectMapper json = new ObjectMapper();

	@TempDir
	Path dir;

	record Call(String node, String op, boolean writes, long pid) {
	}

	@Test
	void everyNodeContinuesFromItsLastCompletedStepAfterAKill() throws Exception {
		// given a fleet run on six slow fake nodes
		String[] properties = { "--cdcloud.inventory.dir=" + FakeFleet.inventory(dir.resolve("inventory"), NODES),
				"--cdcloud.provisioning.poll-interval=PT0.3S", "--cdcloud.provisioning.fake.latency=2s",
				"--cdcloud.provisioning.fake.call-time=100ms", "--camunda.bpm.job-execution.lock-time-in-millis=3000" };
		String runId;
		try (ServiceProcess first = ServiceProcess.start(dir, properties)) {
			runId = json.readTree(first.post("/api/provisioning/runs", "{\"nodes\": \"all\"}", ADMIN))
				.get("runId")
				.asText();
			// when the first node reached RAID, the service dies
			await(first, runId, (run) -> steps(run).stream().anyMatch(List.of("raid", "pxeBoot", "deploy")::contains));
			first.kill();
		}
		try (ServiceProcess second = ServiceProcess.start(dir, properties)) {
			JsonNode run = await(second, runId, (r) -> !"running".equals(r.get("status").asText()));
			// then the run completed on the restarted service
			assertThat(run.get("status").asText()).isEqualTo("completed");
			assertThat(run.get("nodes").findValuesAsText("status")).hasSize(NODES).containsOnly("active");
		}
		List<Call> calls = journal();
		assertThat(calls.stream().map(Call::pid).distinct()).as("calls from both JVMs").hasSize(2);
		long killedPid = calls.get(0).pid();
		IntStream.rangeClosed(1, NODES).mapToObj(FakeFleet::node).forEach((node) -> {
			List<Call> mine = calls.stream().filter((c) -> c.node().equals(node)).toList();
			// no change of hardware state was made twice
			assertThat(
					mine.stream().filter(Call::writes).collect(Collectors.groupingBy(Call::op, Collectors.counting())))
				.as(node + " writes")
				.containsOnlyKeys("power.off", "bios.apply", "raid.apply", "boot.set", "power.on", "deploy.start")
				.allSatisfy((op, count) -> assertThat(count).as(node + " " + op).isEqualTo(1));
			// and no step before the one in flight at the kill ran again
			int lastBefore = maxStep(mine, (c) -> c.pid() == killedPid);
			int firstAfter = mine.stream()
				.filter((c) -> c.pid() != killedPid && STEP_OF_OP.containsKey(c.op()))
				.mapToInt((c) -> STEP_OF_OP.get(c.op()))
				.min()
				.orElse(Integer.MAX_VALUE);
			assertThat(firstAfter).as(node + ": first step after the restart").isGreaterThanOrEqualTo(lastBefore);
		});
	}

	private static int maxStep(List<Call> calls, Predicate<Call> filter) {
		return calls.stream()
			.filter(filter)
			.filter((c) -> STEP_OF_OP.containsKey(c.op()))
			.mapToInt((c) -> STEP_OF_OP.get(c.op()))
			.max()
			.orElse(0);
	}

	private static List<String> steps(JsonNode run) {
		return run.get("nodes").findValuesAsText("step");
	}

	private JsonNode await(ServiceProcess service, String runId, Predicate<JsonNode> condition) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (true) {
			JsonNode run = json.readTree(service.get("/api/provisioning/runs/" + runId, ADMIN));
			if (condition.test(run)) {
				return run;
			}
			assertThat(Instant.now()).as("run " + runId + " state in time: " + run).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private List<Call> journal() throws Exception {
		List<Call> calls = new ArrayList<>();
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/cdcloud"), "sa", "");
				ResultSet row = db.createStatement()
					.executeQuery("SELECT node, op, writes, pid FROM cdc_fake_call ORDER BY id")) {
			while (row.next()) {
				calls.add(new Call(row.getString(1), row.getString(2), row.getBoolean(3), row.getLong(4)));
			}
		}
		return calls;
	}

}
