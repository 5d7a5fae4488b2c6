package org.tripleo.cdcloud.provisioning;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tripleo.cdcloud.ServiceTest;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretsProperties;
import org.tripleo.cdcloud.undercloud.BareMetal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node provisioning with {@code hardware: real} on three simulated machines, all real
 * peers on 127.0.14.x (see {@link MachinesRig}): ipmi_sim BMCs whose power on boots the
 * machine's sshd, a Redfish fixture per BMC, a standalone Ironic, strict SSH.
 */
@ServiceTest
@Import(RealHardwareIT.RigSecrets.class)
@SuppressWarnings("rawtypes")
class RealHardwareIT {

	@TempDir
	static Path dir;

	static MachinesRig rig;

	@BeforeAll
	static void startMachines() throws Exception {
		rig = MachinesRig.start(dir, 3);
	}

	@AfterAll
	static void stopMachines() throws Exception {
		if (rig != null) {
			rig.close();
		}
	}

	@DynamicPropertySource
	static void realHardware(DynamicPropertyRegistry registry) {
		rig.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** Resolves the rig's BMC password, which the inventory references as an env var. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RigSecrets {

		@Bean
		@Primary
		SecretResolver rigSecretResolver(SecretsProperties properties) {
			return new SecretResolver(properties,
					(name) -> MachinesRig.PASSWORD_ENV.equals(name) ? MachinesRig.PASSWORD : System.getenv(name));
		}

	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Inventory inventory;

	@Autowired
	BareMetal bareMetal;

	@Autowired
	ProvisioningService service;

	@Test
	void shouldProvisionEachMachineThroughItsBmcRedfishIronicAndSshAndChangeNothingTwice() throws Exception {
		// given the machines enrolled in Ironic (fake-hardware: Ironic cannot PXE them)
		bareMetal.enroll(rig.ironicView(inventory), rig.names());

		// when
		String first = provision();
		List<List<String>> redfishWrites = rig.names().stream().map((n) -> writes(n)).toList();
		String second = provision();

		// then the first run made every machine what its profiles say
		for (int i = 0; i < rig.names().size(); i++) {
			String node = rig.names().get(i);
			assertThat(admin().getForEntity("/api/nodes/" + node, Map.class).getBody().get("state")).as(node)
				.isEqualTo("active");
			assertThat(rig.redfish(i).biosAttributes()).as(node)
				.containsAllEntriesOf(inventory.biosProfiles().get("sl230s-gen8-eth2-pxe").settings());
			assertThat(rig.redfish(i).volumes()).as(node).containsExactly("RAID1 over 2 drives");
			assertThat(redfishWrites.get(i)).as(node)
				.filteredOn((write) -> write.startsWith("POST") && write.endsWith("/Volumes"))
				.hasSize(1);
			assertThat(rig.bmcs().chassisState(i, "boot")).as(node).isEqualTo("pxe");
			assertThat(rig.bmcs().chassisState(i, "power")).as(node).isEqualTo("1");
			BareMetal.Provision provision = bareMetal.provision(node);
			assertThat(provision.state()).as(node).isEqualTo("active");
			assertThat(provision.imageSource()).as(node).isEqualTo(MachinesRig.IMAGE_SOURCE);
			// and the second found BIOS and RAID compliant (no Redfish write at all),
			// power
			// cycled the machine over IPMI and had Ironic rebuild it for its own request
			assertThat(writes(node)).as(node).isEqualTo(redfishWrites.get(i));
			assertThat(provision.requestId()).as(node).isEqualTo(second).isNotEqualTo(first);
		}
	}

	private String provision() throws InterruptedException {
		ResponseEntity<Map> started = admin().postForEntity("/api/provisioning/runs",
				Map.of("nodes", rig.names(), "image", "overcloud-full"), Map.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String runId = (String) started.getBody().get("runId");
		ProvisioningRun run = awaitEnd(runId, Duration.ofSeconds(180));
		assertThat(run.status()).as("run %s: %s", runId, run.nodes()).isEqualTo("completed");
		return runId;
	}

	/** The Redfish writes a machine's BMC received, less the boot script's resets. */
	private List<String> writes(String node) {
		return rig.redfish(rig.names().indexOf(node))
			.writes()
			.stream()
			.filter((write) -> !write.endsWith("ComputerSystem.Reset") && !write.endsWith("/Sessions"))
			.toList();
	}

	TestRestTemplate admin() {
		String id = inventory.people().stream().filter((p) -> p.has(Role.CD_ADMIN)).findFirst().orElseThrow().id();
		return rest.withBasicAuth(id, "it-secret");
	}

	ProvisioningRun awaitEnd(String runId, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while ("running".equals(service.run(runId).status()) && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
		}
		return service.run(runId);
	}

}
