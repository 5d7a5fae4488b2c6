package org.tripleo.cdcloud.team;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * Weak SSH public keys that the join must refuse.
 */
final class TestKeys {

	private TestKeys() {
	}

	static String rsa1024() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(1024);
			RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
			return line("ssh-rsa", key.getPublicExponent(), key.getModulus());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String dsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("DSA");
			generator.initialize(1024);
			DSAPublicKey key = (DSAPublicKey) generator.generateKeyPair().getPublic();
			return line("ssh-dss", key.getParams().getP(), key.getParams().getQ(), key.getParams().getG(), key.getY());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String line(String type, BigInteger... numbers) {
		try {
			ByteArrayOutputStream blob = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(blob);
			byte[] name = type.getBytes(StandardCharsets.US_ASCII);
			out.writeInt(name.length);
			out.write(name);
			for (BigInteger number : numbers) {
				byte[] bytes = number.toByteArray();
				out.writeInt(bytes.length);
				out.write(bytes);
			}
			return type + " " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " weak";
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
