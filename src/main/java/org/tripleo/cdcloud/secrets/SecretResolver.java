package org.tripleo.cdcloud.secrets;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a {@link SecretReference} into its {@link Secret}: {@code env:} from the process
 * environment, {@code store:} from the secret store, which is opened on first use.
 */
public class SecretResolver {

	private final SecretsProperties properties;

	private final Function<String, String> environment;

	private SecretStore store;

	/**
	 * Creates a resolver reading the real process environment.
	 * @param properties where the store is and which variable holds its passphrase
	 */
	public SecretResolver(SecretsProperties properties) {
		this(properties, System::getenv);
	}

	/**
	 * Creates a resolver with an environment lookup of its own.
	 * @param properties where the store is and which variable holds its passphrase
	 * @param environment returns a variable's value, or {@code null} when it is not set
	 */
	public SecretResolver(SecretsProperties properties, Function<String, String> environment) {
		this.properties = Objects.requireNonNull(properties, "properties");
		this.environment = Objects.requireNonNull(environment, "environment");
	}

	/**
	 * Resolves a reference.
	 * @param reference the reference
	 * @return the secret
	 * @throws SecretNotFoundException when the variable is unset or empty, or the key is
	 * not in the store
	 * @throws SecretStoreException when the store cannot be opened or read
	 */
	public Secret resolve(SecretReference reference) {
		return lookup(reference).orElseThrow(() -> new SecretNotFoundException(reference));
	}

	/**
	 * Tells whether a reference resolves.
	 * @param reference the reference
	 * @return whether {@link #resolve} would return a secret
	 * @throws SecretStoreException when a {@code store:} reference meets a store that
	 * cannot be opened or read
	 */
	public boolean exists(SecretReference reference) {
		return lookup(reference).isPresent();
	}

	/**
	 * The secret store, opened with the passphrase from the environment on first use.
	 * @return the store
	 * @throws SecretStoreException when the passphrase variable is not set
	 */
	public synchronized SecretStore store() {
		if (store == null) {
			String passphrase = environment.apply(properties.passphraseVariable());
			if (passphrase == null || passphrase.isEmpty()) {
				throw SecretStoreException.passphraseNotSet(properties.storeFile(), properties.passphraseVariable());
			}
			store = new SecretStore(properties.storeFile(), passphrase.toCharArray());
		}
		return store;
	}

	private Optional<Secret> lookup(SecretReference reference) {
		return switch (reference.scheme()) {
			// empty counts as unset: "NAME=" in an env file is a slip, not a password
			case ENV -> Optional.ofNullable(environment.apply(reference.name()))
				.filter((value) -> !value.isEmpty())
				.map(Secret::of);
			case STORE -> store().get(reference.name());
		};
	}

}
