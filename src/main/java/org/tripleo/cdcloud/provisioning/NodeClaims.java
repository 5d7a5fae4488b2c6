package org.tripleo.cdcloud.provisioning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One operation per node at a time, enforced by the database: a claim is a row keyed by
 * the node name, so a second claim fails on the primary key whatever JVM makes it.
 */
@Component
class NodeClaims {

	private final JdbcTemplate jdbc;

	NodeClaims(JdbcTemplate jdbc, ProvisioningSchema schema) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a node for a run; claiming a node the run already holds is a no-op.
	 * @throws NodeBusyException when another run holds it
	 */
	void claim(String node, String runId) {
		Optional<String> holder = holder(node);
		if (holder.isPresent()) {
			if (!holder.get().equals(runId)) {
				throw new NodeBusyException(node, holder.get());
			}
			return;
		}
		try {
			jdbc.update("INSERT INTO cdc_node_claim (node, run_id, claimed_at) VALUES (?, ?, ?)", node, runId,
					Timestamp.from(Instant.now()));
		}
		catch (DuplicateKeyException ex) {
			// lost a race; PostgreSQL aborts the transaction here, so the holder cannot
			// be read
			throw new NodeBusyException(node, "started at the same moment");
		}
	}

	/** Releases a node if the run holds it. */
	void release(String node, String runId) {
		jdbc.update("DELETE FROM cdc_node_claim WHERE node = ? AND run_id = ?", node, runId);
	}

	Optional<String> holder(String node) {
		List<String> runs = jdbc.queryForList("SELECT run_id FROM cdc_node_claim WHERE node = ?", String.class, node);
		return runs.stream().findFirst();
	}

}
