package org.tripleo.cdcloud.secrets;

import org.springframework.http.HttpStatus;

/**
 * A referenced secret is not set: the environment variable is missing or empty, or the
 * store has no such key.
 */
public class SecretNotFoundException extends SecretsException {

	private final SecretReference reference;

	public SecretNotFoundException(SecretReference reference) {
		// 500: a REST client cannot fix a secret missing on the server
		super("SECRETS-006", message(reference), HttpStatus.INTERNAL_SERVER_ERROR, 2, null);
		this.reference = reference;
	}

	public SecretReference reference() {
		return reference;
	}

	private static String message(SecretReference reference) {
		return switch (reference.scheme()) {
			case ENV -> reference + " is not set";
			case STORE -> reference + " is not in the secret store";
		};
	}

}
