package org.tripleo.cdcloud.provisioning;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates provisioning's own tables (H2 and PostgreSQL). They outlive Camunda's history
 * cleanup: runs, per-node steps and durations, node claims and node states.
 */
@Component
class ProvisioningSchema {

	private static final List<String> TABLES = List.of(
			"""
					CREATE TABLE IF NOT EXISTS cdc_prov_run (id VARCHAR(36) PRIMARY KEY, started_by VARCHAR(64) NOT NULL,
					started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP, bios_profile VARCHAR(128), image VARCHAR(128) NOT NULL,
					allow_destructive BOOLEAN NOT NULL, concurrency INT NOT NULL, max_failures INT NOT NULL,
					in_flight INT NOT NULL, failures INT NOT NULL, process_instance_id VARCHAR(64), status VARCHAR(16) NOT NULL)""",
			"""
					CREATE TABLE IF NOT EXISTS cdc_prov_run_node (run_id VARCHAR(36) NOT NULL, node VARCHAR(64) NOT NULL,
					status VARCHAR(16) NOT NULL, step VARCHAR(32), error VARCHAR(2000), started_at TIMESTAMP,
					ended_at TIMESTAMP, PRIMARY KEY (run_id, node))""",
			"""
					CREATE TABLE IF NOT EXISTS cdc_prov_step (run_id VARCHAR(36) NOT NULL, node VARCHAR(64) NOT NULL,
					step VARCHAR(32) NOT NULL, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP,
					PRIMARY KEY (run_id, node, step))""",
			"""
					CREATE TABLE IF NOT EXISTS cdc_node_claim (node VARCHAR(64) PRIMARY KEY, run_id VARCHAR(36) NOT NULL,
					claimed_at TIMESTAMP NOT NULL)""",
			"""
					CREATE TABLE IF NOT EXISTS cdc_node_state (node VARCHAR(64) PRIMARY KEY, state VARCHAR(16) NOT NULL,
					reprovision BOOLEAN NOT NULL, run_id VARCHAR(36), updated_at TIMESTAMP NOT NULL)""");

	ProvisioningSchema(JdbcTemplate jdbc) {
		TABLES.forEach(jdbc::execute);
	}

}
