package org.tripleo.cdcloud.inventory;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per rule id: the minimal bad files of {@code inventory/invalid/<RULE-ID>/},
 * laid over the valid loopback inventory, break that rule and nothing else. The display
 * name starts with the rule id; {@link RuleCatalogueTest} checks the list is complete.
 */
class InventoryRuleTest {

	@TempDir
	Path dir;

	private InventoryLoader withBadFilesOf(String ruleId) {
		return TestInventory.withBadFiles(this.dir, ruleId);
	}

	private static void assertOnlyViolation(List<Violation> violations, String ruleId, String file, int line,
			String fieldPath) {
		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.ruleId()).isEqualTo(ruleId);
			assertThat(violation.file()).isEqualTo(file);
			assertThat(violation.line()).isEqualTo(line);
			assertThat(violation.fieldPath()).isEqualTo(fieldPath);
		});
	}

	/** Structural rules, the same for every file. */
	@Nested
	class Structure {

		@Test
		@DisplayName("FILE-MISSING")
		void shouldReportAMissingInventoryFile() {
			// given
			InventoryLoader loader = withBadFilesOf("FILE-MISSING");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "FILE-MISSING", "environments.yaml", 1, "");
		}

		@Test
		@DisplayName("YAML-SYNTAX")
		void shouldReportTheLineOfBrokenIndentation() {
			// given
			InventoryLoader loader = withBadFilesOf("YAML-SYNTAX");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "YAML-SYNTAX", "team.yaml", 4, "");
		}

		@Test
		@DisplayName("YAML-REQUIRED")
		void shouldReportAMissingRequiredField() {
			// given
			InventoryLoader loader = withBadFilesOf("YAML-REQUIRED");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "YAML-REQUIRED", "team.yaml", 2, "people[0].email");
		}

		@Test
		@DisplayName("YAML-TYPE")
		void shouldReportAStringWhereAListBelongs() {
			// given
			InventoryLoader loader = withBadFilesOf("YAML-TYPE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "YAML-TYPE", "team.yaml", 6, "people[0].ssh-keys");
		}

		@Test
		@DisplayName("YAML-UNKNOWN-FIELD")
		void shouldReportAMisspelledField() {
			// given
			InventoryLoader loader = withBadFilesOf("YAML-UNKNOWN-FIELD");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "YAML-UNKNOWN-FIELD", "machines.yaml", 8, "machines[0].hardwre");
		}

		@Test
		@DisplayName("YAML-DUPLICATE-KEY")
		void shouldReportAKeyGivenTwice() {
			// given
			InventoryLoader loader = withBadFilesOf("YAML-DUPLICATE-KEY");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "YAML-DUPLICATE-KEY", "team.yaml", 6, "people[0].name");
		}

	}

	/** team.yaml */
	@Nested
	class Team {

		@Test
		@DisplayName("TEAM-ID")
		void shouldRejectAnIdWithUpperCase() {
			// given
			InventoryLoader loader = withBadFilesOf("TEAM-ID");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "TEAM-ID", "team.yaml", 2, "people[0].id");
		}

		@Test
		@DisplayName("TEAM-ID-UNIQUE")
		void shouldRejectTwoPeopleWithOneId() {
			// given
			InventoryLoader loader = withBadFilesOf("TEAM-ID-UNIQUE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "TEAM-ID-UNIQUE", "team.yaml", 6, "people[1].id");
		}

		@Test
		@DisplayName("TEAM-EMAIL")
		void shouldRejectAnAddressWithoutAt() {
			// given
			InventoryLoader loader = withBadFilesOf("TEAM-EMAIL");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "TEAM-EMAIL", "team.yaml", 4, "people[0].email");
		}

		@Test
		@DisplayName("TEAM-ROLE")
		void shouldRejectAnUnknownRole() {
			// given
			InventoryLoader loader = withBadFilesOf("TEAM-ROLE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "TEAM-ROLE", "team.yaml", 5, "people[0].roles[2]");
		}

		@Test
		@DisplayName("TEAM-PTL")
		void shouldRequireAPtl() {
			// given
			InventoryLoader loader = withBadFilesOf("TEAM-PTL");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "TEAM-PTL", "team.yaml", 1, "people");
		}

		@Test
		@DisplayName("TEAM-ADMIN-ATC")
		void shouldRejectACdAdminWhoIsNotAtc() {
			// given
			InventoryLoader loader = withBadFilesOf("TEAM-ADMIN-ATC");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "TEAM-ADMIN-ATC", "team.yaml", 5, "people[0].roles");
		}

		@Test
		@DisplayName("TEAM-KEY")
		void shouldRejectADsaKey() {
			// given
			InventoryLoader loader = withBadFilesOf("TEAM-KEY");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "TEAM-KEY", "team.yaml", 7, "people[0].ssh-keys[0]");
		}

		@Test
		@DisplayName("TEAM-KEY-UNIQUE")
		void shouldRejectAKeyListedTwice() {
			// given
			InventoryLoader loader = withBadFilesOf("TEAM-KEY-UNIQUE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "TEAM-KEY-UNIQUE", "team.yaml", 13, "people[1].ssh-keys[0]");
		}

	}

	/** machines.yaml: deploy range, machines, hardware profiles. */
	@Nested
	class Machines {

		@Test
		@DisplayName("MACH-RANGE-IP")
		void shouldRejectADeployRangeBoundThatIsNotIpv4() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-RANGE-IP");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-RANGE-IP", "machines.yaml", 2, "deploy-range.first");
		}

		@Test
		@DisplayName("MACH-RANGE-ORDER")
		void shouldRejectAReversedDeployRange() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-RANGE-ORDER");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-RANGE-ORDER", "machines.yaml", 3, "deploy-range.last");
		}

		@Test
		@DisplayName("MACH-NAME")
		void shouldRejectANameWithUpperCaseAndUnderscore() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-NAME");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-NAME", "machines.yaml", 5, "machines[0].name");
		}

		@Test
		@DisplayName("MACH-NAME-UNIQUE")
		void shouldRejectTwoMachinesWithOneName() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-NAME-UNIQUE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-NAME-UNIQUE", "machines.yaml", 8, "machines[1].name");
		}

		@Test
		@DisplayName("MACH-ROLE")
		void shouldRejectAnUnknownMachineRole() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-ROLE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-ROLE", "machines.yaml", 6, "machines[0].role");
		}

		@Test
		@DisplayName("MACH-IP")
		void shouldRejectAnIpThatIsNotIpv4() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-IP");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-IP", "machines.yaml", 7, "machines[0].ip");
		}

		@Test
		@DisplayName("MACH-IP-UNIQUE")
		void shouldRejectTwoMachinesWithOneIp() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-IP-UNIQUE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-IP-UNIQUE", "machines.yaml", 10, "machines[1].ip");
		}

		@Test
		@DisplayName("MACH-IP-RANGE")
		void shouldRejectASeedInsideTheDeployRange() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-IP-RANGE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-IP-RANGE", "machines.yaml", 7, "machines[0].ip");
		}

		@Test
		@DisplayName("MACH-OVERCLOUD")
		void shouldRequireAnEth2MacOnAnOvercloudMachine() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-OVERCLOUD");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-OVERCLOUD", "machines.yaml", 11, "machines[0].eth2-mac");
		}

		@Test
		@DisplayName("MACH-MAC")
		void shouldRejectAMacWithFivePairs() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-MAC");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-MAC", "machines.yaml", 8, "machines[0].eth2-mac");
		}

		@Test
		@DisplayName("MACH-MAC-UNIQUE")
		void shouldRejectOneMacInTwoCases() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-MAC-UNIQUE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-MAC-UNIQUE", "machines.yaml", 12, "machines[1].eth2-mac");
		}

		@Test
		@DisplayName("MACH-HW-REF")
		void shouldRejectAnUnknownHardwareProfile() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-HW-REF");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-HW-REF", "machines.yaml", 8, "machines[0].hardware");
		}

		@Test
		@DisplayName("MACH-BIOS-REF")
		void shouldRejectABiosProfileWithoutAFile() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-BIOS-REF");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-BIOS-REF", "machines.yaml", 8, "machines[0].bios-profile");
		}

		@Test
		@DisplayName("MACH-HW-NUMBERS")
		void shouldRejectZeroCpuCores() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-HW-NUMBERS");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-HW-NUMBERS", "machines.yaml", 6, "hardware-profiles.node.cpu-cores");
		}

	}

	/** machines.yaml: BMCs and credentials. */
	@Nested
	class Bmcs {

		@Test
		@DisplayName("MACH-BMC-DRIVER")
		void shouldRejectAnUnknownDriver() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-BMC-DRIVER");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-BMC-DRIVER", "machines.yaml", 9, "machines[0].bmc.driver");
		}

		@Test
		@DisplayName("MACH-BMC-ADDR")
		void shouldRejectAnIpmiAddressThatIsNotIpv4() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-BMC-ADDR");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-BMC-ADDR", "machines.yaml", 14, "machines[0].bmc.address");
		}

		@Test
		@DisplayName("MACH-BMC-URL")
		void shouldRejectAPlainHttpRedfishUrl() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-BMC-URL");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-BMC-URL", "machines.yaml", 14, "machines[0].bmc.redfish-url");
		}

		@Test
		@DisplayName("MACH-BMC-PORT")
		void shouldRejectAPortAbove65535() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-BMC-PORT");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-BMC-PORT", "machines.yaml", 15, "machines[0].bmc.port");
		}

		@Test
		@DisplayName("MACH-BMC-CRED")
		void shouldRejectAnUnknownCredential() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-BMC-CRED");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-BMC-CRED", "machines.yaml", 15, "machines[0].bmc.credentials");
		}

		@Test
		@DisplayName("MACH-CRED-SECRET")
		void shouldRejectALiteralPassword() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-CRED-SECRET");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-CRED-SECRET", "machines.yaml", 7, "credentials.bmc.password");
			assertThat(violations.get(0).toString()).doesNotContain("calvin");
		}

		@Test
		@DisplayName("MACH-BMC-UNIQUE")
		void shouldRejectTwoBmcsWithOneAddress() {
			// given
			InventoryLoader loader = withBadFilesOf("MACH-BMC-UNIQUE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "MACH-BMC-UNIQUE", "machines.yaml", 21, "machines[1].bmc.address");
		}

	}

	/** environments.yaml */
	@Nested
	class Environments {

		@Test
		@DisplayName("ENV-EXPR")
		void shouldRejectAnUnclosedParenthesis() {
			// given
			InventoryLoader loader = withBadFilesOf("ENV-EXPR");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "ENV-EXPR", "environments.yaml", 5, "environments.seed.access.ssh");
			assertThat(violations.get(0).column()).as("column of the end of 'cd-admin and (atc'").isEqualTo(29);
		}

		@Test
		@DisplayName("ENV-EXPR-ROLE")
		void shouldRejectAnExpressionNamingAnUnknownRole() {
			// given
			InventoryLoader loader = withBadFilesOf("ENV-EXPR-ROLE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "ENV-EXPR-ROLE", "environments.yaml", 5, "environments.seed.access.ssh");
			assertThat(violations.get(0).column()).as("column of 'admin' in 'cd-admin or admin'").isEqualTo(24);
		}

		@Test
		@DisplayName("ENV-CHANNEL")
		void shouldRejectAnUnknownChannel() {
			// given
			InventoryLoader loader = withBadFilesOf("ENV-CHANNEL");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "ENV-CHANNEL", "environments.yaml", 6, "environments.seed.access.web");
		}

		@Test
		@DisplayName("ENV-MACHINE-ROLE")
		void shouldRejectAnUnknownMachineRole() {
			// given
			InventoryLoader loader = withBadFilesOf("ENV-MACHINE-ROLE");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "ENV-MACHINE-ROLE", "environments.yaml", 3,
					"environments.seed.machines[1]");
		}

	}

	/** bios-profiles/NAME.yaml */
	@Nested
	class BiosProfiles {

		@Test
		@DisplayName("BIOS-SETTINGS")
		void shouldRejectAProfileWithoutSettings() {
			// given
			InventoryLoader loader = withBadFilesOf("BIOS-SETTINGS");

			// when
			List<Violation> violations = loader.validate();

			// then
			assertOnlyViolation(violations, "BIOS-SETTINGS", "bios-profiles/empty.yaml", 2, "settings");
		}

	}

}
