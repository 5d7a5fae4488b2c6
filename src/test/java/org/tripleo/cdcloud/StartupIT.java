package org.tripleo.cdcloud;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.tripleo.cdcloud.inventory.InventoryValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service starts only on a valid inventory, and says loudly when it runs in demo
 * mode.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupIT {

	@Test
	void refusesToStartOnAnInvalidInventoryListingEveryViolation(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		// given the valid test inventory with two broken files
		Path inventory = dir.resolve("inventory");
		FileSystemUtils.copyRecursively(Path.of("src/test/resources/inventory/valid"), inventory);
		Files.writeString(inventory.resolve("team.yaml"), "people: []\n");
		Files.writeString(inventory.resolve("environments.yaml"), "environments: {}\nextra: 1\n");
		// when the service starts on it
		SpringApplicationBuilder app = service();
		// then nothing starts, and the failure lists a violation of each file
		assertThatThrownBy(() -> app.run(arguments(inventory)))
			.hasRootCauseInstanceOf(InventoryValidationException.class);
		assertThat(output).contains("The inventory is invalid").contains("team.yaml:").contains("environments.yaml:");
	}

	@Test
	void warnsLoudlyInDemoMode(CapturedOutput output) {
		try (ConfigurableApplicationContext context = service().profiles("demo")
			.run(arguments(Path.of("src/test/resources/inventory/valid")))) {
			assertThat(output).contains("LOGIN-001 DEMO MODE");
		}
	}

	private static SpringApplicationBuilder service() {
		return new SpringApplicationBuilder(CdcloudApplication.class).web(WebApplicationType.SERVLET);
	}

	/**
	 * Command-line arguments, so they win over application.yaml as they do for an
	 * operator.
	 */
	private static String[] arguments(Path inventory) {
		return new String[] { "--cdcloud.inventory.dir=" + inventory,
				"--cdcloud.bios-profiles.dir=src/test/resources/bios-profiles",
				"--spring.datasource.url=jdbc:h2:mem:startup-" + System.nanoTime(), "--server.port=0" };
	}

}
