package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretsProperties;

/** Builds an {@link Undercloud} for a test from a clouds.yaml text and an environment. */
final class Rigs {

	private Rigs() {
	}

	static Undercloud undercloud(Path dir, String cloudsYaml, Map<String, String> env) {
		try {
			Files.createDirectories(dir);
			Path file = Files.writeString(dir.resolve("clouds.yaml"), cloudsYaml);
			UndercloudProperties properties = new UndercloudProperties("rig", file, "member", null, "Default",
					Duration.ofSeconds(90), Duration.ofMillis(300), 30);
			return new Undercloud(properties, secrets(dir, env), env::get, dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static SecretResolver secrets(Path dir, Map<String, String> env) {
		return new SecretResolver(new SecretsProperties(dir.resolve("none.store"), "NO_PASS"), env::get);
	}

	static String passwordCloud(String password) {
		return """
				clouds:
				  rig:
				    auth:
				      auth_url: http://127.0.13.1:5000/v3
				      username: admin
				      password: %s
				      project_name: admin
				      user_domain_name: Default
				      project_domain_name: Default
				    region_name: RegionOne
				""".formatted(password);
	}

}
