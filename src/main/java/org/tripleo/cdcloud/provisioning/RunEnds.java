package org.tripleo.cdcloud.provisioning;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many node processes of a run have not ended yet ({@code cdc_prov_run_pending}), and
 * which have ({@code cdc_prov_node_end}), so that exactly one node, the last, resumes the
 * fleet.
 */
@Component
class RunEnds {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	RunEnds(JdbcTemplate jdbc, PlatformTransactionManager transactions, ProvisioningSchema schema) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Expects the run's node processes, in the caller's transaction (the one starting
	 * them).
	 */
	void expect(String runId, int nodeProcesses) {
		jdbc.update("INSERT INTO cdc_prov_run_pending (run_id, node_processes) VALUES (?, ?)", runId, nodeProcesses);
	}

	/**
	 * Counts a node's process as ended, in a transaction of its own: the count's row lock
	 * is then held for three statements, where the engine's step would hold it to its
	 * commit and queue every node's last step behind the others'. A step re-run after a
	 * rollback finds the node counted and does not count it twice.
	 * @return whether no node process of the run is left
	 */
	boolean end(String runId, String node) {
		return Boolean.TRUE.equals(ownTransaction.execute((status) -> {
			int first = jdbc.update(
					"INSERT INTO cdc_prov_node_end (run_id, node, ended_at) SELECT ?, ?, ? WHERE NOT EXISTS"
							+ " (SELECT 1 FROM cdc_prov_node_end WHERE run_id = ? AND node = ?)",
					runId, node, Timestamp.from(Instant.now()), runId, node);
			if (first == 1) {
				jdbc.update("UPDATE cdc_prov_run_pending SET node_processes = node_processes - 1 WHERE run_id = ?",
						runId);
			}
			return jdbc.queryForObject("SELECT node_processes FROM cdc_prov_run_pending WHERE run_id = ?",
					Integer.class, runId) == 0;
		}));
	}

}
