package org.tripleo.cdcloud.provisioning;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.tripleo.cdcloud.ServiceTest;
import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.provisioning.NodeRaid.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hardware: real} with {@code cdcloud.bmc.force-driver: fake}: the BMC steps run
 * on the bmc fake driver, which {@code GET /api/nodes/{name}/bmc} reads too, so both show
 * one machine.
 */
@ServiceTest
@TestPropertySource(properties = { "cdcloud.provisioning.hardware=real", "cdcloud.bmc.force-driver=fake" })
@SuppressWarnings({ "rawtypes", "unchecked" })
class RealHardwareOnFakeBmcIT {

	@Autowired
	NodeHardware hardware;

	@Autowired
	Inventory inventory;

	@Autowired
	TestRestTemplate rest;

	@Test
	void shouldShowTheBmcStepsOfProvisioningInTheBmcApi() {
		// given
		Machine machine = inventory.machine("oc-171").orElseThrow();
		BiosProfile bios = inventory.biosProfiles().get(machine.biosProfile());
		HardwareProfile profile = inventory.hardwareProfiles().get(machine.hardware());

		// when the steps of a run do their part
		hardware.power().powerOff(machine);
		hardware.bios().apply(machine, hardware.bios().diff(machine, bios));
		Plan raid = hardware.raid().plan(machine, profile);
		hardware.raid().apply(machine, profile, raid);
		hardware.boot().setPxe(machine, true);
		hardware.power().powerOn(machine);

		// then
		assertThat(raid).isEqualTo(Plan.CREATE);
		assertThat(hardware.raid().plan(machine, profile)).isEqualTo(Plan.NONE);
		assertThat(hardware.bios().diff(machine, bios)).isEmpty();
		ResponseEntity<Map> status = admin().getForEntity("/api/nodes/oc-171/bmc", Map.class);
		assertThat(status.getBody()).containsEntry("hardwareType", "fake")
			.containsEntry("power", "ON")
			.containsEntry("boot", Map.of("device", "PXE", "persistent", true));
		assertThat((Map<String, Object>) status.getBody().get("bios")).containsEntry("compliant", true);
	}

	TestRestTemplate admin() {
		String id = inventory.people().stream().filter((p) -> p.has(Role.CD_ADMIN)).findFirst().orElseThrow().id();
		return rest.withBasicAuth(id, "it-secret");
	}

}
