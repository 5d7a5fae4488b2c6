package org.tripleo.cdcloud.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;
import org.tripleo.cdcloud.secrets.Secret;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretStore;
import org.tripleo.cdcloud.secrets.SecretsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the demo profile, people log in with the bcrypt hash kept in the encrypted
 * secret store; a person without one cannot log in at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cdcloud.login.demo-password=")
@ActiveProfiles("it")
class ProductionLoginIT {

	static final Path STORE_DIR = temporaryDirectory();

	static final String PASSPHRASE = "store-passphrase-for-tests";

	@Autowired
	TestRestTemplate rest;

	@TestConfiguration
	static class StoreWithOneLogin {

		@Bean
		@Primary
		SecretResolver storeWithTester1Login() throws Exception {
			Path file = STORE_DIR.resolve("secrets.store");
			new SecretStore(file, PASSPHRASE.toCharArray()).put("login/tester1",
					Secret.of(new BCryptPasswordEncoder().encode("correct horse")));
			Map<String, String> environment = Map.of("CDCLOUD_SECRETS_PASSPHRASE", PASSPHRASE);
			return new SecretResolver(new SecretsProperties(file, "CDCLOUD_SECRETS_PASSPHRASE"), environment::get);
		}

	}

	@Test
	void personWithAStoredHashLogsInWithTheirPassword() {
		assertThat(
				rest.withBasicAuth("tester1", "correct horse").getForEntity("/api/team", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void demoPasswordDoesNotWorkOutsideTheDemoProfile() {
		assertThat(rest.withBasicAuth("tester1", "it-secret").getForEntity("/api/team", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void personWithoutAStoredHashCannotLogIn() {
		assertThat(rest.withBasicAuth("tester2", "").getForEntity("/api/team", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth("tester2", "it-secret").getForEntity("/api/team", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@AfterAll
	static void removeStore() throws Exception {
		FileSystemUtils.deleteRecursively(STORE_DIR);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("cdcloud-login");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
