package org.tripleo.cdcloud.inventory;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.ServiceTest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/nodes} over HTTP, as a cd-admin.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class NodeApiIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Inventory inventory;

	TestRestTemplate asCdAdmin() {
		Person admin = inventory.people().stream().filter((p) -> p.has(Role.CD_ADMIN)).findFirst().orElseThrow();
		return rest.withBasicAuth(admin.id(), "it-secret");
	}

	@Test
	void nodeShowsItsBmcByCredentialsNameOnly() {
		// given an overcloud machine with a BMC
		Machine machine = inventory.machines()
			.stream()
			.filter((m) -> m.role() == MachineRole.OVERCLOUD && m.bmc() != null && m.bmc().credentials() != null)
			.findFirst()
			.orElseThrow();
		// when
		ResponseEntity<Map> response = asCdAdmin().getForEntity("/api/nodes/" + machine.name(), Map.class);
		// then
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("name", machine.name())
			.containsEntry("ip", machine.ip())
			.containsEntry("role", "overcloud");
		Map<String, Object> bmc = (Map<String, Object>) response.getBody().get("bmc");
		assertThat(bmc).containsEntry("credentials", machine.bmc().credentials());
		String password = inventory.credentials().get(machine.bmc().credentials()).password().toString();
		assertThat(response.getBody().toString()).doesNotContain(password);
	}

	@Test
	void unknownNodeIsA404Problem() {
		ResponseEntity<Map> response = asCdAdmin().getForEntity("/api/nodes/oc-999", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).containsEntry("code", "INV-404");
		assertThat((String) response.getBody().get("detail")).contains("oc-999");
	}

	@Test
	void validationChecksTheFilesOnDiskForACdAdminOnly() {
		ResponseEntity<Map> response = asCdAdmin().postForEntity("/api/inventory/validation", null, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("valid", true).containsEntry("violations", java.util.List.of());
		Person atc = inventory.people().stream().filter((p) -> !p.has(Role.CD_ADMIN)).findFirst().orElseThrow();
		assertThat(rest.withBasicAuth(atc.id(), "it-secret")
			.postForEntity("/api/inventory/validation", null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
