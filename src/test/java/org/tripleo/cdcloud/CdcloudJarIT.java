package org.tripleo.cdcloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar runs subcommands without starting the service, from any directory.
 */
class CdcloudJarIT {

	@Test
	void validatePrintsTheMachineTableOfTheRepositoryInventory() throws Exception {
		CdcloudJar.Result result = run(Path.of("."), "validate");
		assertThat(result.exit()).isZero();
		assertThat(result.out()).contains("NAME").contains("oc-171").contains("oc-188").contains("valid: 21 machines");
		assertThat(result.out()).doesNotContain("Tomcat started");
	}

	@Test
	void validateListsEveryViolationAndFailsFromAnotherDirectory(@TempDir Path dir) throws Exception {
		// given a copy of the test inventory with a broken team and machines file
		Path inventory = dir.resolve("inv");
		FileSystemUtils.copyRecursively(Path.of("src/test/resources/inventory/valid"), inventory);
		Files.writeString(inventory.resolve("team.yaml"), "people: []\n");
		Files.writeString(inventory.resolve("machines.yaml"), "machines: 3\n");
		// when validate runs in another working directory
		CdcloudJar.Result result = run(dir, "validate", "--inventory", inventory.toString(), "--bios-profiles",
				Path.of("src/test/resources/bios-profiles").toAbsolutePath().toString());
		// then it fails naming both files
		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.err()).contains("team.yaml:").contains("machines.yaml:").contains("violation(s)");
	}

	private static CdcloudJar.Result run(Path workDir, String... args) throws IOException, InterruptedException {
		return CdcloudJar.run(workDir, Map.of(), args);
	}

}
