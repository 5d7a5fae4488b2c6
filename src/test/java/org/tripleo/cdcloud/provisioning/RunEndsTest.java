package org.tripleo.cdcloud.provisioning;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RunEnds} on an in-memory H2 database.
 */
class RunEndsTest {

	RunEnds ends;

	@BeforeEach
	void database() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:run-ends-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		ends = new RunEnds(jdbc, new DataSourceTransactionManager(dataSource), new ProvisioningSchema(jdbc));
	}

	@Test
	void onlyTheLastNodeEndsTheRunAndARerunDoesNotCountTwice() {
		// given
		ends.expect("run-1", 2);
		ends.expect("run-2", 1);
		// when the first node ends, and its step runs again after a rollback
		boolean first = ends.end("run-1", "oc-171");
		boolean rerun = ends.end("run-1", "oc-171");
		// then the run still waits for the other node
		assertThat(first).isFalse();
		assertThat(rerun).isFalse();
		assertThat(ends.end("run-1", "oc-172")).isTrue();
		assertThat(ends.end("run-1", "oc-172")).as("re-run of the last").isTrue();
		assertThat(ends.end("run-2", "oc-171")).as("another run").isTrue();
	}

}
