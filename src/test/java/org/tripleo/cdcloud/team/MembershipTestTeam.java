package org.tripleo.cdcloud.team;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretsProperties;

/**
 * Points a booted service at a generated team and gives it a break-glass credential in a
 * fake environment variable, so tests can look for the value everywhere.
 */
class MembershipTestTeam implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final int ADMINS = 4;

	static final int ATCS = 12;

	static final String CREDENTIAL_VARIABLE = "CDCLOUD_TEST_UNDERCLOUD_ADMIN_PASSWORD";

	/** The break-glass credential; searched for in every table and in the log. */
	static final String CREDENTIAL = "Brk-" + java.util.UUID.randomUUID();

	private static final Path DIR = TestTeam.write(ADMINS, ATCS);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("membership-test-team", Map.of("cdcloud.inventory.dir", DIR.toString(),
					"cdcloud.break-glass.credential", "env:" + CREDENTIAL_VARIABLE)));
		context.getBeanFactory()
			.registerSingleton("secretResolver",
					new SecretResolver(
							new SecretsProperties(DIR.resolve("secrets.store"), "CDCLOUD_SECRETS_PASSPHRASE"),
							(name) -> CREDENTIAL_VARIABLE.equals(name) ? CREDENTIAL : null));
	}

}
