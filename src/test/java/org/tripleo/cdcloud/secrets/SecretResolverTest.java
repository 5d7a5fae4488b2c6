package org.tripleo.cdcloud.secrets;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SecretResolverTest {

	@TempDir
	Path dir;

	private final Map<String, String> environment = new HashMap<>();

	private SecretResolver resolver() {
		return new SecretResolver(new SecretsProperties(dir.resolve("secrets.store"), "CDCLOUD_SECRETS_PASSPHRASE"),
				environment::get);
	}

	@Test
	void shouldResolveAnEnvironmentVariableWithoutOpeningTheStore() {
		// given
		environment.put("CDCLOUD_BMC_PASSWORD", "calvin");

		// when
		Secret secret = resolver().resolve(SecretReference.parse("env:CDCLOUD_BMC_PASSWORD"));

		// then
		assertThat(secret.reveal()).isEqualTo("calvin");
	}

	@Test
	void shouldNameTheReferenceButNoValueWhenAVariableIsMissing() {
		// given
		environment.put("CDCLOUD_OTHER_PASSWORD", "calvin");
		SecretReference reference = SecretReference.parse("env:CDCLOUD_BMC_PASSWORD");

		// when / then
		assertThatExceptionOfType(SecretNotFoundException.class).isThrownBy(() -> resolver().resolve(reference))
			.satisfies((ex) -> assertThat(ex.reference()).isEqualTo(reference))
			.withMessage("env:CDCLOUD_BMC_PASSWORD is not set")
			.withMessageNotContaining("calvin");
	}

	@Test
	void shouldTreatAnEmptyVariableAsUnset() {
		// given
		environment.put("CDCLOUD_BMC_PASSWORD", "");
		SecretReference reference = SecretReference.parse("env:CDCLOUD_BMC_PASSWORD");

		// when
		boolean exists = resolver().exists(reference);

		// then
		assertThat(exists).isFalse();
	}

	@Test
	void shouldResolveAStoreKeyWithThePassphraseFromTheEnvironment() {
		// given
		environment.put("CDCLOUD_SECRETS_PASSPHRASE", "store passphrase");
		new SecretStore(dir.resolve("secrets.store"), "store passphrase".toCharArray()).put("bmc/seed-vm-host",
				Secret.of("calvin"));
		SecretResolver resolver = resolver();

		// when
		Secret secret = resolver.resolve(SecretReference.parse("store:bmc/seed-vm-host"));

		// then
		assertThat(secret.reveal()).isEqualTo("calvin");
		assertThat(resolver.exists(SecretReference.parse("store:bmc/seed-vm-host"))).isTrue();
		assertThat(resolver.exists(SecretReference.parse("store:bmc/other"))).isFalse();
	}

	@Test
	void shouldNameTheReferenceButNoValueWhenAStoreKeyIsMissing() {
		// given
		environment.put("CDCLOUD_SECRETS_PASSPHRASE", "store passphrase");
		SecretResolver resolver = resolver();
		resolver.store().put("bmc/seed-vm-host", Secret.of("calvin"));

		// when / then
		assertThatExceptionOfType(SecretNotFoundException.class)
			.isThrownBy(() -> resolver.resolve(SecretReference.parse("store:bmc/other")))
			.withMessage("store:bmc/other is not in the secret store")
			.withMessageNotContaining("calvin");
	}

	@Test
	void shouldSayWhichVariableToSetWhenThePassphraseIsMissing() {
		// given
		SecretResolver resolver = resolver();

		// when / then
		assertThatExceptionOfType(SecretStoreException.class)
			.isThrownBy(() -> resolver.resolve(SecretReference.parse("store:bmc/seed-vm-host")))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(SecretStoreException.Reason.PASSPHRASE_NOT_SET))
			.withMessageContaining("set the environment variable CDCLOUD_SECRETS_PASSPHRASE");
	}

}
