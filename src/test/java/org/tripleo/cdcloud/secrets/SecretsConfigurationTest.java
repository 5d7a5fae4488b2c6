package org.tripleo.cdcloud.secrets;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SecretsConfiguration.class);

	@Test
	void shouldRegisterAResolverWithDefaultProperties() {
		// given
		ApplicationContextRunner defaults = runner;

		// when / then
		defaults.run((context) -> {
			assertThat(context).hasSingleBean(SecretResolver.class);
			SecretsProperties properties = context.getBean(SecretsProperties.class);
			assertThat(properties.storeFile()).isEqualTo(Path.of("data/secrets.store"));
			assertThat(properties.passphraseVariable()).isEqualTo("CDCLOUD_SECRETS_PASSPHRASE");
		});
	}

	@Test
	void shouldBindConfiguredProperties() {
		// given
		ApplicationContextRunner configured = runner.withPropertyValues("cdcloud.secrets.store-file=/srv/s.store",
				"cdcloud.secrets.passphrase-variable=SITE_PASSPHRASE");

		// when / then
		configured.run((context) -> assertThat(context.getBean(SecretsProperties.class))
			.isEqualTo(new SecretsProperties(Path.of("/srv/s.store"), "SITE_PASSPHRASE")));
	}

	@Test
	void shouldRefuseAnInvalidPassphraseVariable() {
		// given
		ApplicationContextRunner invalid = runner.withPropertyValues("cdcloud.secrets.passphrase-variable=not a name");

		// when / then
		invalid.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void shouldKeepAResolverDefinedElsewhere() {
		// given
		SecretResolver own = new SecretResolver(new SecretsProperties(Path.of("x.store"), "X"), (name) -> null);

		// when / then
		runner.withBean(SecretResolver.class, () -> own)
			.run((context) -> assertThat(context.getBean(SecretResolver.class)).isSameAs(own));
	}

}
