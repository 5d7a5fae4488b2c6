package org.tripleo.cdcloud.team;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * Writes a generated test inventory: the loopback machines and environments of
 * {@code src/test/resources/inventory/valid} with a team of {@code ptl} (PTL and
 * cd-admin), {@code admin01..adminNN} (cd-admins), {@code atc01..atcNN} (atc only) and
 * {@code guest} (hp-employee only), each with a freshly generated Ed25519 key.
 */
final class TestTeam {

	static final String PTL = "ptl";

	/** A person who is not an atc. */
	static final String GUEST = "guest";

	private TestTeam() {
	}

	static String admin(int n) {
		return String.format("admin%02d", n);
	}

	static String atc(int n) {
		return String.format("atc%02d", n);
	}

	/**
	 * Writes the inventory into a new temporary directory.
	 * @param admins cd-admins besides the PTL
	 * @param atcs atc-only people
	 * @return the inventory directory
	 */
	static Path write(int admins, int atcs) {
		try {
			Path dir = Files.createTempDirectory("cdcloud-team");
			dir.toFile().deleteOnExit();
			Path valid = Path.of("src/test/resources/inventory/valid");
			Files.copy(valid.resolve("machines.yaml"), dir.resolve("machines.yaml"));
			Files.copy(valid.resolve("environments.yaml"), dir.resolve("environments.yaml"));
			StringBuilder yaml = new StringBuilder("people:\n");
			person(yaml, PTL, "ptl, atc, cd-admin, hp-employee");
			for (int i = 1; i <= admins; i++) {
				person(yaml, admin(i), "atc, cd-admin");
			}
			for (int i = 1; i <= atcs; i++) {
				person(yaml, atc(i), "atc");
			}
			person(yaml, GUEST, "hp-employee");
			Files.writeString(dir.resolve("team.yaml"), yaml);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void person(StringBuilder yaml, String id, String roles) {
		yaml.append("  - id: ").append(id).append('\n');
		yaml.append("    name: Test ").append(id).append('\n');
		yaml.append("    email: ").append(id).append("@example.org\n");
		yaml.append("    roles: [").append(roles).append("]\n");
		yaml.append("    ssh-keys:\n      - ").append(newKey(id)).append('\n');
	}

	/**
	 * A new Ed25519 public key as an authorized_keys line.
	 * @param comment the comment
	 * @return {@code ssh-ed25519 <base64> comment}
	 */
	static String newKey(String comment) {
		try {
			PublicKey key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
			byte[] x509 = key.getEncoded();
			// the raw 32-byte key ends the X.509 SubjectPublicKeyInfo
			byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
			ByteArrayOutputStream blob = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(blob);
			byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
			out.writeInt(type.length);
			out.write(type);
			out.writeInt(raw.length);
			out.write(raw);
			return "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " " + comment;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
