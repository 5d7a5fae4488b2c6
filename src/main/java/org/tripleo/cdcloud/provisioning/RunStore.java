package org.tripleo.cdcloud.provisioning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.NodeStates;
import org.tripleo.cdcloud.provisioning.ProvisioningRun.NodeRun;

/**
 * Runs, their nodes, steps and durations, and the run's concurrency slots, in
 * {@code cdc_prov_*}. Every write joins the caller's transaction, so it commits or rolls
 * back with the engine's step.
 */
@Component
class RunStore {

	static final String GO = "go";

	static final String WAIT = "wait";

	static final String SKIP = "skip";

	/** A run's concurrency when every node may run at once. */
	static final int NO_LIMIT = 0;

	private final JdbcTemplate jdbc;

	RunStore(JdbcTemplate jdbc, ProvisioningSchema schema) {
		this.jdbc = jdbc;
	}

	/** What a new run records. */
	record NewRun(String runId, String startedBy, String biosProfile, String image, boolean allowDestructiveRaid,
			int concurrency, int maxFailures, List<String> nodes) {
	}

	void create(NewRun run) {
		jdbc.update("INSERT INTO cdc_prov_run (id, started_by, started_at, bios_profile, image, allow_destructive,"
				+ " concurrency, max_failures, in_flight, failures, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
				run.runId(), run.startedBy(), now(), run.biosProfile(), run.image(), run.allowDestructiveRaid(),
				slotLimit(run), run.maxFailures(), "running");
		jdbc.batchUpdate("INSERT INTO cdc_prov_run_node (run_id, node, status) VALUES (?, ?, 'waiting')",
				run.nodes().stream().map((node) -> new Object[] { run.runId(), node }).toList());
	}

	/**
	 * The run's concurrency, or {@link #NO_LIMIT} when it has no more nodes than that:
	 * its nodes then take no slot, so they do not all queue for the run row's lock.
	 */
	private static int slotLimit(NewRun run) {
		return (run.concurrency() >= run.nodes().size()) ? NO_LIMIT : run.concurrency();
	}

	List<String> nodes(String runId) {
		return jdbc.queryForList("SELECT node FROM cdc_prov_run_node WHERE run_id = ? ORDER BY node", String.class,
				runId);
	}

	void processInstance(String runId, String processInstanceId) {
		jdbc.update("UPDATE cdc_prov_run SET process_instance_id = ? WHERE id = ?", processInstanceId, runId);
	}

	/**
	 * Takes one of the run's concurrency slots for a node.
	 * @return {@link #GO}, {@link #WAIT} (all slots taken) or {@link #SKIP} (the failure
	 * policy stopped the run from starting nodes)
	 */
	String acquireSlot(String runId, String node) {
		if ("running".equals(nodeStatus(runId, node))) {
			return GO;
		}
		Map<String, Object> run = jdbc
			.queryForMap("SELECT concurrency, max_failures, failures FROM cdc_prov_run WHERE id = ?", runId);
		int maxFailures = ((Number) run.get("max_failures")).intValue();
		if (maxFailures > 0 && ((Number) run.get("failures")).intValue() >= maxFailures) {
			return SKIP;
		}
		// a single-row conditional update: the row lock serialises concurrent takers
		if (((Number) run.get("concurrency")).intValue() != NO_LIMIT && jdbc.update(
				"UPDATE cdc_prov_run SET in_flight = in_flight + 1 WHERE id = ? AND in_flight < concurrency",
				runId) == 0) {
			return WAIT;
		}
		jdbc.update("UPDATE cdc_prov_run_node SET status = 'running', error = NULL,"
				+ " started_at = COALESCE(started_at, ?) WHERE run_id = ? AND node = ?", now(), runId, node);
		return GO;
	}

	/**
	 * Records that a node entered a step; re-entering the current step changes nothing.
	 */
	void enterStep(String runId, String node, String step) {
		String current = jdbc.queryForObject("SELECT step FROM cdc_prov_run_node WHERE run_id = ? AND node = ?",
				String.class, runId, node);
		if (step.equals(current)) {
			return;
		}
		closeStep(runId, node, current);
		if (jdbc.update("UPDATE cdc_prov_step SET started_at = ?, ended_at = NULL WHERE run_id = ? AND node = ?"
				+ " AND step = ?", now(), runId, node, step) == 0) {
			jdbc.update("INSERT INTO cdc_prov_step (run_id, node, step, started_at) VALUES (?, ?, ?, ?)", runId, node,
					step, now());
		}
		jdbc.update("UPDATE cdc_prov_run_node SET step = ? WHERE run_id = ? AND node = ?", step, runId, node);
	}

	/**
	 * Ends a node's part of the run ({@code active}, {@code failed}, {@code aborted},
	 * {@code skipped}) and frees its slot if it held one.
	 */
	void finishNode(String runId, String node, String status, String error) {
		if ("running".equals(nodeStatus(runId, node))) {
			jdbc.update("UPDATE cdc_prov_run SET in_flight = in_flight - 1 WHERE id = ? AND concurrency <> ?", runId,
					NO_LIMIT);
		}
		if ("failed".equals(status)) {
			jdbc.update("UPDATE cdc_prov_run SET failures = failures + 1 WHERE id = ?", runId);
		}
		closeStep(runId, node, jdbc.queryForObject("SELECT step FROM cdc_prov_run_node WHERE run_id = ? AND node = ?",
				String.class, runId, node));
		jdbc.update("UPDATE cdc_prov_run_node SET status = ?, error = ?, ended_at = ? WHERE run_id = ? AND node = ?",
				status, error, now(), runId, node);
	}

	void finishRun(String runId) {
		Integer notActive = jdbc.queryForObject(
				"SELECT COUNT(*) FROM cdc_prov_run_node WHERE run_id = ? AND status <> 'active'", Integer.class, runId);
		jdbc.update("UPDATE cdc_prov_run SET status = ?, ended_at = ? WHERE id = ?",
				(notActive == 0) ? "completed" : "failed", now(), runId);
	}

	Optional<ProvisioningRun> find(String runId, NodeStates states) {
		Map<String, String> nodeStates = states.all();
		List<NodeRun> nodes = jdbc.query(
				"SELECT node, status, step, error FROM cdc_prov_run_node WHERE run_id = ? ORDER BY node",
				(row, i) -> new NodeRun(row.getString(1), row.getString(2), row.getString(3),
						nodeStates.getOrDefault(row.getString(1), NodeStates.ENROLLED), row.getString(4),
						stepMillis(runId, row.getString(1))),
				runId);
		return jdbc.query("SELECT * FROM cdc_prov_run WHERE id = ?", (row, i) -> run(row, nodes), runId)
			.stream()
			.findFirst();
	}

	private static ProvisioningRun run(ResultSet row, List<NodeRun> nodes) throws SQLException {
		Timestamp ended = row.getTimestamp("ended_at");
		return new ProvisioningRun(row.getString("id"), row.getString("process_instance_id"),
				row.getString("started_by"), row.getTimestamp("started_at").toInstant(),
				(ended != null) ? ended.toInstant() : null, row.getString("bios_profile"), row.getString("image"),
				row.getBoolean("allow_destructive"), row.getString("status"), nodes);
	}

	private Map<String, Long> stepMillis(String runId, String node) {
		Map<String, Long> millis = new LinkedHashMap<>();
		jdbc.query("SELECT step, started_at, ended_at FROM cdc_prov_step WHERE run_id = ? AND node = ?"
				+ " AND ended_at IS NOT NULL ORDER BY started_at", (row) -> {
					millis.put(row.getString(1), row.getTimestamp(3).getTime() - row.getTimestamp(2).getTime());
				}, runId, node);
		return millis;
	}

	private String nodeStatus(String runId, String node) {
		return jdbc.queryForObject("SELECT status FROM cdc_prov_run_node WHERE run_id = ? AND node = ?", String.class,
				runId, node);
	}

	private void closeStep(String runId, String node, String step) {
		if (step != null) {
			jdbc.update("UPDATE cdc_prov_step SET ended_at = ? WHERE run_id = ? AND node = ? AND step = ?"
					+ " AND ended_at IS NULL", now(), runId, node, step);
		}
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

}
