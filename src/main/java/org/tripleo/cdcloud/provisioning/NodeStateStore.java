package org.tripleo.cdcloud.provisioning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.NodeStates;

/**
 * Node life-cycle states and reprovisioning marks, in {@code cdc_node_state}.
 */
@Component
class NodeStateStore implements NodeStates {

	static final String MANAGEABLE = "manageable";

	static final String PROVISIONING = "provisioning";

	static final String ACTIVE = "active";

	static final String FAILED = "failed";

	static final String MAINTENANCE = "maintenance";

	private final JdbcTemplate jdbc;

	NodeStateStore(JdbcTemplate jdbc, ProvisioningSchema schema) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> all() {
		Map<String, String> states = new LinkedHashMap<>();
		jdbc.query("SELECT node, state FROM cdc_node_state ORDER BY node",
				(RowCallbackHandler) (row) -> states.put(row.getString(1), row.getString(2)));
		return states;
	}

	/** Records a node's state as set by a run. */
	void set(String node, String state, String runId) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.update("UPDATE cdc_node_state SET state = ?, run_id = ?, updated_at = ? WHERE node = ?",
				state, runId, now, node);
		if (updated == 0) {
			jdbc.update(
					"INSERT INTO cdc_node_state (node, state, reprovision, run_id, updated_at) VALUES (?, ?, FALSE, ?, ?)",
					node, state, runId, now);
		}
	}

	/** Marks or unmarks a node for the next scheduled reprovisioning. */
	void markReprovision(String node, boolean mark) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.update("UPDATE cdc_node_state SET reprovision = ?, updated_at = ? WHERE node = ?", mark, now,
				node);
		if (updated == 0) {
			jdbc.update("INSERT INTO cdc_node_state (node, state, reprovision, updated_at) VALUES (?, ?, ?, ?)", node,
					ENROLLED, mark, now);
		}
	}

	List<String> markedForReprovision() {
		return jdbc.queryForList("SELECT node FROM cdc_node_state WHERE reprovision ORDER BY node", String.class);
	}

}
