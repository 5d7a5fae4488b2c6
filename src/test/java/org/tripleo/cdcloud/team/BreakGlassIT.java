package org.tripleo.cdcloud.team;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.TestTeam.admin;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * break-glass through {@code /api/break-glass}: the others are told, the requester
 * reveals once, a rotation task follows, and the credential is nowhere in the database or
 * the log.
 */
@MembershipServiceTest
@ExtendWith(OutputCaptureExtension.class)
@SuppressWarnings({ "rawtypes" })
class BreakGlassIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	TestRestTemplate as(String person) {
		return rest.withBasicAuth(person, MembershipClient.PASSWORD);
	}

	ResponseEntity<Map> request(String person) {
		return as(person).postForEntity("/api/break-glass", Map.of("reason", "undercloud API down, paged"), Map.class);
	}

	ResponseEntity<Map> reveal(String person, String id) {
		return as(person).postForEntity("/api/break-glass/" + id + "/reveal", null, Map.class);
	}

	@Test
	void credentialIsRevealedOnceToTheRequesterAndStoredNowhere(CapturedOutput output) throws Exception {
		// given
		assertThat(request(atc(12)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> created = request(admin(4));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) created.getBody().get("id");
		String pi = (String) created.getBody().get("processInstanceId");
		// when another admin, then the requester, then the requester again reveal
		ResponseEntity<Map> other = reveal(admin(3), id);
		ResponseEntity<Map> revealed = reveal(admin(4), id);
		ResponseEntity<Map> again = reveal(admin(4), id);
		// then only the requester's first reveal shows it, not cacheable
		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(revealed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(revealed.getBody()).containsEntry("credential", MembershipTestTeam.CREDENTIAL);
		assertThat(revealed.getHeaders().getCacheControl()).contains("no-store");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		// and the others were told, and the rotation task waits for the cd-admin group
		awaitNotice(output, "break-glass: " + admin(4));
		assertThat(output.getAll())
			.containsPattern("NOTE-001 to \\[ptl, admin01, admin02, admin03[^\\]]*\\]: break-glass");
		assertThat(tasks.createTaskQuery().processInstanceId(pi).taskCandidateGroup("cd-admin").count()).isOne();
		ResponseEntity<Map> rotated = as(admin(1)).postForEntity("/api/break-glass/" + id + "/rotation", null,
				Map.class);
		assertThat(rotated.getBody()).containsEntry("rotatedBy", admin(1));
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(pi)
			.activityId("credentialRotated")
			.count()).isOne();
		// and the credential is in no table of the database and in no log line
		assertThat(tablesContaining(MembershipTestTeam.CREDENTIAL)).isEmpty();
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
			.noneMatch((v) -> String.valueOf(v.getValue()).contains(MembershipTestTeam.CREDENTIAL));
		assertThat(output.getAll()).doesNotContain(MembershipTestTeam.CREDENTIAL);
	}

	@Test
	void revealWindowEnds() {
		// given
		String id = (String) request(admin(2)).getBody().get("id");
		try {
			// when the engine's clock passes the window
			ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofMinutes(16).toMillis()));
			// then
			ResponseEntity<Map> late = reveal(admin(2), id);
			assertThat(late.getStatusCode()).isEqualTo(HttpStatus.GONE);
			assertThat(late.getBody()).containsEntry("code", "GLASS-EXPIRED").doesNotContainKey("credential");
		}
		finally {
			ClockUtil.reset();
		}
	}

	private static void awaitNotice(CapturedOutput output, String text) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		while (!output.getAll().contains(text) && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
	}

	/** Every table whose rows, read as text (binary columns included), hold the value. */
	private List<String> tablesContaining(String value) {
		List<String> hits = new ArrayList<>();
		List<String> tables = jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
				+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class);
		assertThat(tables).contains("ACT_HI_VARINST", "ACT_GE_BYTEARRAY", "CDC_BREAK_GLASS");
		for (String table : tables) {
			jdbc.query("SELECT * FROM \"" + table + "\"", (ResultSet row) -> {
				for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
					Object cell = row.getObject(column);
					String text = String.valueOf(cell);
					if (cell instanceof byte[] bytes) {
						text = new String(bytes, StandardCharsets.ISO_8859_1);
					}
					else if (cell instanceof Blob blob) {
						text = new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.ISO_8859_1);
					}
					else if (cell instanceof Clob clob) {
						text = clob.getSubString(1, (int) clob.length());
					}
					if (text.contains(value)) {
						hits.add(table);
					}
				}
			});
		}
		return hits;
	}

}
