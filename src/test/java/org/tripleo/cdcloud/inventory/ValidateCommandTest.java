package org.tripleo.cdcloud.inventory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.tripleo.cdcloud.CdcloudCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cdcloud validate}: a table on success, every violation and exit 2 on failure.
 */
class ValidateCommandTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return CdcloudCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
	}

	@Test
	void validInventoryPrintsOneRowPerMachine() {
		// when
		int exit = run("validate", "--inventory", TestInventory.VALID.toString(), "--bios-profiles",
				TestInventory.BIOS_PROFILES.toString());
		// then
		assertThat(exit).isZero();
		assertThat(out.toString()).startsWith("NAME")
			.contains("oc-171")
			.contains("oc-173")
			.contains("127.0.10.171")
			.contains("valid: ");
		assertThat(err.toString()).isEmpty();
	}

	@Test
	void inventoryOptionWorksBeforeTheSubcommandToo() {
		int exit = run("--inventory", TestInventory.VALID.toString(), "--bios-profiles",
				TestInventory.BIOS_PROFILES.toString(), "validate");
		assertThat(exit).isZero();
	}

	@Test
	void invalidInventoryListsEveryViolationAndExits2(@TempDir Path dir) throws Exception {
		// given two files broken in different ways
		Path inventory = dir.resolve("inventory");
		FileSystemUtils.copyRecursively(TestInventory.VALID, inventory);
		Files.writeString(inventory.resolve("team.yaml"), "people: []\n");
		Files.delete(inventory.resolve("environments.yaml"));
		// when
		int exit = run("validate", "--inventory", inventory.toString(), "--bios-profiles",
				TestInventory.BIOS_PROFILES.toString());
		// then
		assertThat(exit).isEqualTo(CdcloudCommand.EXIT_INVALID_INPUT);
		assertThat(err.toString()).contains("team.yaml:")
			.contains("[TEAM-PTL]")
			.contains("environments.yaml")
			.contains("[FILE-MISSING]")
			.contains("violation(s)");
		assertThat(out.toString()).isEmpty();
	}

	@Test
	void missingDirectoryIsReportedNotThrown() {
		int exit = run("validate", "--inventory", "/nonexistent/inventory");
		assertThat(exit).isEqualTo(CdcloudCommand.EXIT_INVALID_INPUT);
		assertThat(err.toString()).contains("FILE-MISSING");
	}

}
