package org.tripleo.cdcloud.bmc;

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
 * {@code GET /api/nodes/{name}/bmc} over HTTP on the loopback test inventory, whose
 * machines use the fake hardware type.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class BmcApiIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Inventory inventory;

	TestRestTemplate as(Role role, boolean admin) {
		Person person = inventory.people()
			.stream()
			.filter((p) -> p.has(role) && p.has(Role.CD_ADMIN) == admin)
			.findFirst()
			.orElseThrow();
		return rest.withBasicAuth(person.id(), "it-secret");
	}

	@Test
	void cdAdminSeesPowerBootAndBiosCompliance() {
		ResponseEntity<Map> response = as(Role.CD_ADMIN, true).getForEntity("/api/nodes/oc-171/bmc", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("machine", "oc-171")
			.containsEntry("hardwareType", "fake")
			.containsEntry("power", "OFF");
		Map<String, Object> bios = (Map<String, Object>) response.getBody().get("bios");
		assertThat(bios).containsEntry("profile", "sl230s-gen8-eth2-pxe").containsEntry("compliant", false);
		assertThat(response.getBody().toString()).contains("PciSlot1Enable");
	}

	@Test
	void unknownMachineIsA404Problem() {
		ResponseEntity<Map> response = as(Role.CD_ADMIN, true).getForEntity("/api/nodes/oc-999/bmc", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) response.getBody().get("detail")).contains("oc-999");
	}

	@Test
	void withoutLoginIs401() {
		assertThat(rest.getForEntity("/api/nodes/oc-171/bmc", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void atcWithoutCdAdminIs403() {
		assertThat(as(Role.ATC, false).getForEntity("/api/nodes/oc-171/bmc", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

}
