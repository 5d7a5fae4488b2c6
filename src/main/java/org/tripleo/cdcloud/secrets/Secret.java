package org.tripleo.cdcloud.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret value that prints as {@code ******}, so it never leaks into logs or messages.
 */
public final class Secret {

	private static final String MASK = "******";

	private final String value;

	private Secret(String value) {
		this.value = Objects.requireNonNull(value, "value");
	}

	/**
	 * Wraps a value.
	 * @param value the secret value
	 * @return the secret
	 */
	public static Secret of(String value) {
		return new Secret(value);
	}

	/**
	 * The value itself: call it only where the value is used, never to print it.
	 * @return the value
	 */
	public String reveal() {
		return value;
	}

	@Override
	public boolean equals(Object other) {
		// constant-time, so comparing secrets does not leak how much of them matched
		return (other instanceof Secret secret) && MessageDigest.isEqual(bytes(), secret.bytes());
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return MASK;
	}

	private byte[] bytes() {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
