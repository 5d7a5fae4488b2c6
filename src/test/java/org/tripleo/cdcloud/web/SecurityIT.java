package org.tripleo.cdcloud.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tripleo.cdcloud.ServiceTest;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST path needs a login, and role-gated paths refuse people without the role.
 */
@ServiceTest
class SecurityIT {

	static final String PASSWORD = "it-secret";

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Autowired
	Inventory inventory;

	Person cdAdmin() {
		return inventory.people().stream().filter((p) -> p.has(Role.CD_ADMIN)).findFirst().orElseThrow();
	}

	Person atcOnly() {
		return inventory.people()
			.stream()
			.filter((p) -> p.has(Role.ATC) && !p.has(Role.CD_ADMIN))
			.findFirst()
			.orElseThrow();
	}

	TestRestTemplate as(Person person) {
		return rest.withBasicAuth(person.id(), PASSWORD);
	}

	@Nested
	class Unauthenticated {

		@Test
		void apiAnswers401() {
			assertThat(rest.getForEntity("/api/nodes", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(rest.getForEntity("/api/team", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void engineRestAnswers401() {
			assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void wrongPasswordAnswers401() {
			ResponseEntity<String> response = rest.withBasicAuth(cdAdmin().id(), "wrong")
				.getForEntity("/api/team", String.class);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void unknownPersonAnswers401() {
			ResponseEntity<String> response = rest.withBasicAuth("nobody", PASSWORD)
				.getForEntity("/api/team", String.class);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void browserIsSentToTheLoginForm() throws Exception {
			HttpResponse<String> response = anonymous("/camunda/app/cockpit/default/", "text/html");
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		}

		@Test
		void actuatorAndApiDocsNeedLogin() throws Exception {
			assertThat(anonymous("/actuator/health", "application/json").statusCode()).isEqualTo(401);
			assertThat(anonymous("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(401);
			assertThat(anonymous("/v3/api-docs", "application/json").statusCode()).isEqualTo(401);
		}

		@Test
		void loginPageIsTheOnlyPageOpenToAll() throws Exception {
			HttpResponse<String> response = anonymous("/login", "text/html");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("name=\"username\"").contains("name=\"_csrf\"");
		}

		private HttpResponse<String> anonymous(String path, String accept) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Accept", accept)
				.build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}

	}

	@Nested
	class RoleGated {

		@Test
		void nodesRefuseAnAtcWithout403() {
			assertThat(as(atcOnly()).getForEntity("/api/nodes", String.class).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}

		@Test
		void nodesAnswerACdAdmin() {
			ResponseEntity<Object[]> response = as(cdAdmin()).getForEntity("/api/nodes", Object[].class);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).hasSize(inventory.machines().size());
		}

		@Test
		void accessOfSomeoneElseRefusesAnAtc() {
			ResponseEntity<String> response = as(atcOnly()).getForEntity("/api/access/" + cdAdmin().id(), String.class);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		}

		@Test
		void prometheusRefusesAnAtc() {
			assertThat(as(atcOnly()).getForEntity("/actuator/prometheus", String.class).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(as(cdAdmin()).getForEntity("/actuator/prometheus", String.class).getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}

		@Test
		void engineAuthorizationsHideOtherUsersFromAnAtc() {
			// given the engine's authorization checks are on, and only cd-admin is an
			// admin group
			// when both list the engine's users
			ResponseEntity<Map[]> asAdmin = as(cdAdmin()).getForEntity("/engine-rest/user", Map[].class);
			ResponseEntity<Map[]> asAtc = as(atcOnly()).getForEntity("/engine-rest/user", Map[].class);
			// then the admin sees the whole team, the atc at most their own entry
			assertThat(asAdmin.getBody()).hasSize(inventory.people().size());
			assertThat(asAtc.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(asAtc.getBody()).allSatisfy((user) -> assertThat(user.get("id")).isEqualTo(atcOnly().id()));
		}

		@Test
		@SuppressWarnings("unchecked")
		void healthShowsEngineAndDatabaseToACdAdmin() {
			ResponseEntity<Map> response = as(cdAdmin()).getForEntity("/actuator/health", Map.class);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).containsEntry("status", "UP");
			Map<String, Object> components = (Map<String, Object>) response.getBody().get("components");
			assertThat(components).containsKeys("db", "processEngine", "jobExecutor");
		}

	}

}
