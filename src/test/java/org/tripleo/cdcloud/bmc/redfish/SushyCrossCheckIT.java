package org.tripleo.cdcloud.bmc.redfish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Redfish fixture with a client nobody here wrote: Debian's python3-sushy,
 * verifying TLS against the fixture's certificate.
 */
class SushyCrossCheckIT {

	@TempDir
	Path dir;

	@Test
	void sushyReadsTheSystemAndBiosAndSetsABootOverride() throws Exception {
		SelfSignedCertificate certificate = SelfSignedCertificate.create(dir);
		try (RedfishFixture fixture = new RedfishFixture(certificate)) {
			// given a pending BIOS setting
			((ObjectNode) fixture.resources.get(FixtureResources.SETTINGS).path("Attributes")).put("NicBoot1",
					"Disabled");
			// when
			JsonNode seen = sushy(fixture, certificate);
			// then sushy saw what the fixture holds
			assertThat(seen.path("power_state").asText()).containsIgnoringCase("off");
			assertThat(seen.path("manufacturer").asText()).isEqualTo("HP");
			assertThat(seen.path("bios_boot_mode").asText()).isEqualTo("Uefi");
			assertThat(seen.at("/pending/NicBoot1").asText()).isEqualTo("Disabled");
			assertThat(seen.path("boot_target").asText()).containsIgnoringCase("pxe");
			// and its boot override changed the fixture's state
			JsonNode boot = fixture.resources.get(FixtureResources.SYSTEM).path("Boot");
			assertThat(boot.path("BootSourceOverrideTarget").asText()).isEqualTo("Pxe");
			assertThat(boot.path("BootSourceOverrideEnabled").asText()).isEqualTo("Once");
			assertThat(fixture.logins.get()).isPositive();
		}
	}

	private static JsonNode sushy(RedfishFixture fixture, SelfSignedCertificate certificate) throws Exception {
		Process process = new ProcessBuilder(List.of("/usr/bin/python3",
				Path.of("src/test/rigs/redfish/sushy_check.py").toAbsolutePath().toString(), fixture.url().toString(),
				certificate.pem().toString(), RedfishFixture.USER, RedfishFixture.PASSWORD))
			.redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(out).isZero();
		String[] lines = out.trim().split("\n");
		return RedfishFixture.JSON.readTree(lines[lines.length - 1]);
	}

}
