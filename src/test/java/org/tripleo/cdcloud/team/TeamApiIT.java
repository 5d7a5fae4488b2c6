package org.tripleo.cdcloud.team;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tripleo.cdcloud.ServiceTest;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/team} and {@code /api/access/{personId}} over HTTP.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class TeamApiIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Inventory inventory;

	Person withRoles(Role... roles) {
		return inventory.people()
			.stream()
			.filter((p) -> p.roles().equals(java.util.Set.of(roles)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void teamListsEveryPersonWithKeyFingerprints() {
		Person someone = withRoles(Role.ATC);
		ResponseEntity<Map[]> response = rest.withBasicAuth(someone.id(), "it-secret")
			.getForEntity("/api/team", Map[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).hasSize(inventory.people().size());
		Map<String, Object> first = response.getBody()[0];
		assertThat(first).containsKeys("id", "name", "email", "roles", "sshKeys");
		List<Map<String, Object>> keys = (List<Map<String, Object>>) first.get("sshKeys");
		assertThat(keys).isNotEmpty()
			.allSatisfy((key) -> assertThat((String) key.get("fingerprint")).startsWith("SHA256:"));
	}

	@Test
	void accessExplainsEachEnvironmentForOneself() {
		// given an atc who is not an hp-employee
		Person atc = withRoles(Role.ATC);
		// when they ask about themselves
		ResponseEntity<Map> response = rest.withBasicAuth(atc.id(), "it-secret")
			.getForEntity("/api/access/" + atc.id(), Map.class);
		// then overcloud API is allowed, overcloud SSH and the seed VM host are not, with
		// reasons
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> decisions = (List<Map<String, Object>>) response.getBody().get("decisions");
		assertThat(decision(decisions, "overcloud", "api")).containsEntry("allowed", true);
		assertThat(decision(decisions, "overcloud", "ssh")).containsEntry("allowed", false);
		assertThat(decision(decisions, "seed-vm-host", "ssh")).containsEntry("allowed", false)
			.containsEntry("rule", "atc and hp-employee");
		assertThat((String) decision(decisions, "seed-vm-host", "ssh").get("reason")).contains("do not satisfy");
	}

	@Test
	void accessOfAnUnknownPersonIsAProblemWithItsCode() {
		Person admin = inventory.people().stream().filter((p) -> p.has(Role.CD_ADMIN)).findFirst().orElseThrow();
		ResponseEntity<Map> response = rest.withBasicAuth(admin.id(), "it-secret")
			.getForEntity("/api/access/nobody", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).containsEntry("code", "TEAM-404").containsEntry("status", 404);
	}

	private static Map<String, Object> decision(List<Map<String, Object>> decisions, String environment,
			String channel) {
		return decisions.stream()
			.filter((d) -> environment.equals(d.get("environment")) && channel.equals(d.get("channel")))
			.findFirst()
			.orElseThrow();
	}

}
