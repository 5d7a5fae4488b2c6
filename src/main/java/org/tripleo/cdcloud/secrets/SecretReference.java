package org.tripleo.cdcloud.secrets;

import java.util.regex.Pattern;

/**
 * A pointer to a secret, written in inventory files instead of the secret itself.
 *
 * <p>
 * Two forms exist: {@code env:NAME} reads the environment variable {@code NAME};
 * {@code store:KEY} reads {@code KEY} from the encrypted local secret store.
 *
 * @param scheme where the secret is kept
 * @param name the variable name or store key
 */
public record SecretReference(Scheme scheme, String name) {

	private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

	private static final Pattern STORE_KEY = Pattern.compile("[a-z0-9][a-z0-9._/-]*");

	/** Where a referenced secret is kept. */
	public enum Scheme {

		/** An environment variable of the cdcloud process. */
		ENV,
		/** An entry of the encrypted local store. */
		STORE

	}

	/**
	 * Parses {@code env:NAME} or {@code store:KEY}.
	 * @param text the reference as written
	 * @return the reference
	 * @throws IllegalArgumentException naming the rule broken, without echoing the text
	 * (a literal secret written by mistake must not reach a log)
	 */
	public static SecretReference parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("must be a secret reference (env:NAME or store:KEY)");
		}
		if (text.startsWith("env:")) {
			String name = text.substring(4);
			if (!ENV_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("env: reference must name a variable matching " + ENV_NAME);
			}
			return new SecretReference(Scheme.ENV, name);
		}
		if (text.startsWith("store:")) {
			String key = text.substring(6);
			if (!STORE_KEY.matcher(key).matches()) {
				throw new IllegalArgumentException("store: reference must name a key matching " + STORE_KEY);
			}
			return new SecretReference(Scheme.STORE, key);
		}
		throw new IllegalArgumentException(
				"must be a secret reference (env:NAME or store:KEY), never the secret itself");
	}

	@Override
	public String toString() {
		return scheme.name().toLowerCase() + ":" + name;
	}

}
