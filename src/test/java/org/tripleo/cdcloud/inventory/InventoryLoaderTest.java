package org.tripleo.cdcloud.inventory;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripleo.cdcloud.secrets.SecretReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InventoryLoaderTest {

	@TempDir
	Path dir;

	@Test
	void shouldLoadTheRepositoryInventoryWithoutViolations() {
		// given
		InventoryLoader loader = new InventoryLoader(Path.of("inventory"), Path.of("bios-profiles"));

		// when
		List<Violation> violations = loader.validate();

		// then
		assertThat(violations).isEmpty();
		Inventory inventory = loader.load();
		assertThat(inventory.machines(MachineRole.OVERCLOUD)).hasSize(18);
		assertThat(inventory.deployRange().size()).isEqualTo(18);
		assertThat(inventory.people()).hasSize(6);
		assertThat(inventory.people().stream().filter((p) -> p.has(Role.PTL))).hasSize(1);
	}

	@Test
	void shouldLoadTheLoopbackTestInventory() {
		// given
		InventoryLoader loader = TestInventory.validLoader();

		// when
		Inventory inventory = loader.load();

		// then
		assertThat(inventory.deployRange()).isEqualTo(new DeployRange("127.0.10.171", "127.0.10.188"));
		assertThat(inventory.deployRange().contains("127.0.10.173")).isTrue();
		assertThat(inventory.deployRange().contains("127.0.10.161")).isFalse();
		assertThat(inventory.machines()).extracting(Machine::name)
			.containsExactly("seed-vm-host", "seed", "undercloud", "oc-171", "oc-172", "oc-173");
		assertThat(inventory.machine("oc-171").orElseThrow().bmc().driver()).isEqualTo(BmcDriver.FAKE);
		assertThat(inventory.machine("seed").orElseThrow().bmc()).isNull();
		assertThat(inventory.machine("oc-173").orElseThrow().bmc()).isEqualTo(new Bmc(BmcDriver.IPMI_REDFISH,
				"127.0.10.73", 6230, URI.create("https://127.0.10.73:8443"), "bmc-overcloud"));
		assertThat(inventory.credentials().get("bmc-overcloud").password())
			.isEqualTo(new SecretReference(SecretReference.Scheme.ENV, "CDCLOUD_BMC_PASSWORD"));
		assertThat(inventory.hardwareProfiles().get("cd-overcloud-node").nics().get(1))
			.isEqualTo(new HardwareProfile.Nic("eth2", "Mellanox ConnectX-3 10GbE", 10, true, true));
		assertThat(inventory.person("tester1").orElseThrow().roles()).containsExactlyInAnyOrder(Role.PTL, Role.ATC,
				Role.CD_ADMIN, Role.HP_EMPLOYEE);
		assertThat(inventory.person("tester3").orElseThrow().sshKeys()).hasSize(2);
		Environment overcloud = inventory.environment("overcloud").orElseThrow();
		assertThat(overcloud.machineRoles()).containsExactly(MachineRole.OVERCLOUD);
		assertThat(overcloud.access(Channel.API).orElseThrow().matches(Set.of(Role.ATC))).isTrue();
		assertThat(overcloud.access(Channel.SSH).orElseThrow().matches(Set.of(Role.ATC))).isFalse();
		assertThat(inventory.biosProfiles().get("sl230s-gen8-eth2-pxe").settings()).containsEntry("BootMode",
				"LegacyBios");
	}

	@Test
	void shouldReportEveryViolationOfAFileNotJustTheFirst() {
		// given
		TestInventory.copy(this.dir);
		TestInventory.write(this.dir, "machines.yaml", """
				deploy-range:
				  first: 127.0.10.171
				  last: 127.0.10.188
				machines:
				  - name: seed
				    role: sead
				    ip: 127.0.10.161
				  - name: undercloud
				    role: undercloud
				    ip: 127.0.10.1620
				    bmc:
				      driver: fake
				      port: 0
				""");

		// when
		List<Violation> violations = loaderOverCopy().validate();

		// then
		assertThat(violations).extracting(Violation::toString)
			.containsExactly(
					"machines.yaml:6:5 machines[0].role [MACH-ROLE] unknown role 'sead'; roles are seed-vm-host, seed, undercloud, overcloud",
					"machines.yaml:10:5 machines[1].ip [MACH-IP] must be an IPv4 address, not '127.0.10.1620'",
					"machines.yaml:13:7 machines[1].bmc.port [MACH-BMC-PORT] must be between 1 and 65535, not 0");
	}

	@Test
	void shouldNameTheLineOfAYamlSyntaxError() {
		// given
		TestInventory.copy(this.dir);
		TestInventory.write(this.dir, "environments.yaml", """
				environments:
				  seed:
				    machines: [seed
				    access:
				      ssh: cd-admin
				""");

		// when
		List<Violation> violations = loaderOverCopy().validate();

		// then
		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("YAML-SYNTAX");
			assertThat(violation.file()).isEqualTo("environments.yaml");
			assertThat(violation.line()).isEqualTo(4);
		});
	}

	@Test
	void shouldNeverPrintALiteralPassword() {
		// given
		String literal = "S3cr3t-Hunter2";
		TestInventory.copy(this.dir);
		TestInventory.write(this.dir, "machines.yaml", """
				deploy-range: {first: 127.0.10.171, last: 127.0.10.188}
				credentials:
				  bmc-overcloud:
				    username: admin
				    password: %s
				machines: []
				""".formatted(literal));

		// when
		InventoryValidationException thrown = org.junit.jupiter.api.Assertions
			.assertThrows(InventoryValidationException.class, loaderOverCopy()::load);

		// then
		assertThat(thrown.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("MACH-CRED-SECRET");
			assertThat(violation.fieldPath()).isEqualTo("credentials.bmc-overcloud.password");
			assertThat(violation.toString()).doesNotContain(literal);
		});
		assertThat(thrown.getMessage()).doesNotContain(literal);
	}

	@Test
	void shouldListEveryViolationInTheExceptionMessage() {
		// given
		TestInventory.copy(this.dir);
		TestInventory.write(this.dir, "team.yaml", "people: []\n");
		TestInventory.write(this.dir, "environments.yaml", "environments: {}\nextra: 1\n");

		// when / then
		assertThatExceptionOfType(InventoryValidationException.class).isThrownBy(loaderOverCopy()::load).withMessage("""
				inventory is invalid (2 violations):
				  environments.yaml:2:1 extra [YAML-UNKNOWN-FIELD] unknown field 'extra'
				  team.yaml:1:1 people [TEAM-PTL] exactly one person must be ptl; nobody is""");
	}

	@Test
	void shouldReportAMissingBiosProfilesDirectory() {
		// given
		InventoryLoader loader = new InventoryLoader(TestInventory.VALID, this.dir.resolve("no-such-dir"));

		// when
		List<Violation> violations = loader.validate();

		// then
		assertThat(violations).extracting(Violation::ruleId).contains("FILE-MISSING");
		assertThat(violations).extracting(Violation::file).contains("no-such-dir/");
	}

	private InventoryLoader loaderOverCopy() {
		return new InventoryLoader(this.dir.resolve("inventory"), this.dir.resolve("bios-profiles"));
	}

}
