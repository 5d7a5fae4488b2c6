package org.tripleo.cdcloud.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

import net.schmizz.sshj.common.Buffer;

/**
 * An SSH public key read from an {@code authorized_keys} line, restricted to key types
 * strong enough for cdcloud.
 *
 * @param type the key type as written, e.g. {@code ssh-ed25519}
 * @param bits the key size: the RSA modulus length, the curve size for ECDSA, 256 for
 * Ed25519
 * @param comment the comment after the key data, empty when none
 * @param fingerprint OpenSSH-style SHA-256 fingerprint, {@code SHA256:<base64 without
 * padding>}
 */
public record SshPublicKey(String type, int bits, String comment, String fingerprint) {

	/** Smallest RSA modulus accepted, in bits. */
	public static final int MIN_RSA_BITS = 2048;

	private static final Map<String, Integer> FIXED_SIZE = Map.of("ssh-ed25519", 256, "ecdsa-sha2-nistp256", 256,
			"ecdsa-sha2-nistp384", 384, "ecdsa-sha2-nistp521", 521);

	private static final String RSA = "ssh-rsa";

	/**
	 * Parses one {@code authorized_keys} line of the form {@code type base64 [comment]}
	 * (options before the type are not accepted).
	 * @param authorizedKeysLine the line
	 * @return the key
	 * @throws IllegalArgumentException if the line is malformed, the key type is not
	 * accepted (DSA, certificates, unknown), the type disagrees with the key data, or an
	 * RSA key is shorter than {@value #MIN_RSA_BITS} bits
	 */
	public static SshPublicKey parse(String authorizedKeysLine) {
		String[] parts = (authorizedKeysLine != null) ? authorizedKeysLine.strip().split("\\s+", 3) : new String[0];
		if (parts.length < 2 || parts[0].isEmpty()) {
			throw new IllegalArgumentException("ssh key must read '<type> <base64 key data> [comment]'");
		}
		String type = parts[0];
		checkTypeAccepted(type);
		byte[] blob = decode(parts[1]);
		PublicKey key = readKey(type, blob);
		int bits = RSA.equals(type) ? ((RSAPublicKey) key).getModulus().bitLength() : FIXED_SIZE.get(type);
		if (bits < MIN_RSA_BITS && RSA.equals(type)) {
			throw new IllegalArgumentException(
					"ssh-rsa key has " + bits + " bits; at least " + MIN_RSA_BITS + " are required");
		}
		return new SshPublicKey(type, bits, (parts.length > 2) ? parts[2].strip() : "", fingerprint(blob));
	}

	private static void checkTypeAccepted(String type) {
		if (type.equals("ssh-dss")) {
			throw new IllegalArgumentException("ssh-dss (DSA) keys are too weak; use ssh-ed25519");
		}
		if (!RSA.equals(type) && !FIXED_SIZE.containsKey(type)) {
			throw new IllegalArgumentException("unsupported ssh key type '" + type
					+ "'; accepted are ssh-ed25519, ecdsa-sha2-nistp256/384/521 and ssh-rsa");
		}
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("ssh key data is not valid base64");
		}
	}

	private static PublicKey readKey(String type, byte[] blob) {
		String blobType = readBlobType(type, blob);
		if (!type.equals(blobType)) {
			throw new IllegalArgumentException(
					"ssh key type '" + type + "' does not match the key data, which holds a '" + blobType + "' key");
		}
		Buffer.PlainBuffer buffer = new Buffer.PlainBuffer(blob);
		try {
			PublicKey key = buffer.readPublicKey();
			if (buffer.available() == 0) {
				return key;
			}
		}
		catch (Buffer.BufferException | RuntimeException ex) {
			// sshj signals corrupt key data with several exception types; the reason
			// given to the user is the same for all of them.
		}
		throw new IllegalArgumentException("ssh key data is not a valid " + type + " key");
	}

	private static String readBlobType(String type, byte[] blob) {
		try {
			return new Buffer.PlainBuffer(blob).readString();
		}
		catch (Buffer.BufferException ex) {
			throw new IllegalArgumentException("ssh key data is not a valid " + type + " key");
		}
	}

	private static String fingerprint(byte[] blob) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
			return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM provides SHA-256", ex);
		}
	}

}
