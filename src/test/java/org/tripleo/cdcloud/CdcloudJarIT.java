package org.tripleo.cdcloud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar runs subcommands without starting the service, from any directory.
 */
class CdcloudJarIT {

	private static final Path JAR = Path.of("target/cdcloud.jar").toAbsolutePath();

	@Test
	void validatePrintsTheMachineTableOfTheRepositoryInventory() throws Exception {
		Result result = run(Path.of("."), "validate");
		assertThat(result.exit).isZero();
		assertThat(result.out).contains("NAME").contains("oc-171").contains("oc-188").contains("valid: 21 machines");
		assertThat(result.out).doesNotContain("Tomcat started");
	}

	@Test
	void validateListsEveryViolationAndFailsFromAnotherDirectory(@TempDir Path dir) throws Exception {
		// given a copy of the test inventory with a broken team and machines file
		Path inventory = dir.resolve("inv");
		FileSystemUtils.copyRecursively(Path.of("src/test/resources/inventory/valid"), inventory);
		Files.writeString(inventory.resolve("team.yaml"), "people: []\n");
		Files.writeString(inventory.resolve("machines.yaml"), "machines: 3\n");
		// when validate runs in another working directory
		Result result = run(dir, "validate", "--inventory", inventory.toString(), "--bios-profiles",
				Path.of("src/test/resources/bios-profiles").toAbsolutePath().toString());
		// then it fails naming both files
		assertThat(result.exit).isEqualTo(2);
		assertThat(result.err).contains("team.yaml:").contains("machines.yaml:").contains("violation(s)");
	}

	private static Result run(Path workDir, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("cdcloud-out", ".txt");
		Path err = Files.createTempFile("cdcloud-err", ".txt");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("jar finished").isTrue();
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Result(int exit, String out, String err) {
	}

}
