package org.tripleo.cdcloud;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default H2 file database keeps the engine's data across restarts, and the
 * {@code postgres} profile runs the engine and batch schema on PostgreSQL. Both boot as
 * the command line does ({@code cli} profile, no web server).
 */
class DatabaseIT {

	@Test
	void h2FileDatabaseSurvivesARestart(@TempDir Path data) {
		String url = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("cdcloud") + ";AUTO_SERVER=TRUE";
		// given a group created through the engine before a restart
		try (ConfigurableApplicationContext first = service().run(url)) {
			IdentityService identity = first.getBean(IdentityService.class);
			identity.saveGroup(identity.newGroup("restart-probe"));
		}
		// when the service starts again on the same files
		try (ConfigurableApplicationContext second = service().run(url)) {
			// then the group is still there, and the batch schema was reused, not
			// recreated
			assertThat(second.getBean(IdentityService.class).createGroupQuery().groupId("restart-probe").count())
				.isEqualTo(1);
			assertThat(countRows(second, "BATCH_JOB_INSTANCE")).isZero();
		}
	}

	@Test
	void postgresProfileCreatesEngineAndBatchSchema() throws Exception {
		// given an empty database on the machine's PostgreSQL
		String database = "cdcloud_it_" + System.nanoTime();
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
				""); Statement sql = admin.createStatement()) {
			sql.execute("CREATE DATABASE " + database);
		}
		try (ConfigurableApplicationContext context = service().profiles("it", "cli", "postgres")
			.properties(Map.of("CDCLOUD_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + database, "CDCLOUD_DB_USER",
					"postgres", "CDCLOUD_DB_PASSWORD", ""))
			.run()) {
			// then the engine and batch tables exist there and health is UP
			assertThat(context.getBean(DataSource.class).getConnection().getMetaData().getDatabaseProductName())
				.isEqualTo("PostgreSQL");
			assertThat(countRows(context, "act_id_group where id_ in ('atc', 'cd-admin', 'ptl', 'hp-employee')"))
				.isEqualTo(4);
			assertThat(countRows(context, "batch_job_instance")).isZero();
			assertThat(context.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP);
		}
		finally {
			try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
					""); Statement sql = admin.createStatement()) {
				sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}
	}

	private static SpringApplicationBuilder service() {
		return new SpringApplicationBuilder(CdcloudApplication.class).web(WebApplicationType.NONE)
			.profiles("it", "cli")
			.properties("cdcloud.inventory.dir=src/test/resources/inventory/valid");
	}

	private static long countRows(ConfigurableApplicationContext context, String table) {
		return new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("SELECT COUNT(*) FROM " + table,
				Long.class);
	}

}
