package org.tripleo.cdcloud.ssh;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Keys generated with OpenSSH 9.2 {@code ssh-keygen}; fingerprints as
 * {@code ssh-keygen -l} printed them.
 */
class SshPublicKeyTest {

	private static final String ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL3BxVQkl0PEOnz6tyFYc5/TJK081Phbmq+wuQYfC0zk u@ed";

	private static final String ECDSA_256 = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBMxT5BkVRSCcdjeVPiDVR6G6KlRZzKR6noC3ZP8udgeEZMDCAdLPn9+8iRVHXMF2vQ/ArtFnkFIEAwlEuUGm5Lw= u@p256";

	private static final String ECDSA_521 = "ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBACoMlpX7cKq3v4vraGhhf5obJOh+JBjFYIyPNtMEblLGuJ0MfUQQOkoIu8LP0bSEBrvwZOCAkeKAXYk1stBVnNfPgGtKmfCIhU9v1n5qZS9HJXeSr8gmjwKjMt58GUWH4XcSxphIkUFeDDeSVr2xPb166RtZYFkKUbs2DygPvw3z4v5vw== u@p521";

	private static final String RSA_2048 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCpxVYKrRyuqMvDHufM6gzc0ps3rn09sBkm5SGS4Arcm6eSjMyF56HX7BQfBmEu02KBAwWeqjgOpkq/t+7kKrfclugSqFUqMYMHKdPgetuzkHIaZj9aLIEuKCq99ggZurBXu/vMSQra5/mJd7H5Ya+5lS7tExX/OC3dU/WoXDvjRx5AQVlBaEPgLOobNU9pZV7AGbY7XbnNEXjaNEyU1BmRXTmCi8P0+HPdzV5XsfZ+opddIN98oaw0BskvKS1kx5TQEcvwd/waAwCX8iQk//S80it5dmFgGINqStDsl+h0i8SzDT7wo5Ebr+GXtBRPyzCf7rhS8g9f0RiOcpbQFXqv u@rsa2048";

	private static final String RSA_1024 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCWlZfWNfhLGM8vk6vMOCgOqitvisWLjtSFvxvKNIE/Q6nBXSOnp6uxwqpPWX50db36zdVH5jbZV+EM++byA/3IqgDhkHrWtLtiX6RW12wTiWtJDtZK9PR3nPvt7d7hrdlpROPE+zHqIrx9FS8DUwxHLwQLV+9wBOfIvTIp7SeboQ== u@rsa1024";

	private static final String DSA = "ssh-dss AAAAB3NzaC1kc3MAAACBAMkCDiCGZf3yNvKqo3JByhdgnFpRRPicGYJd9d63xNzjPYb6QUdiDt5yROy6QofMDe3xsiAXntrDZ4T2E5r1W8bHDDcNqxwQ5YsK95Ju1wgtjsV8ZU5C05LKUk0QUlMY6AerTTM7JmIykliCZGoLc0i4U60PzCbdFgnUfXOXVEC9AAAAFQC9pgOyLKet0tvCc/xOqd2Cm4OfZwAAAIEAsxLQAjlJGEd4hMl1hSu1MKUbWugZF71EFKVbznb6MDTPHRLaOyUU1OsSUDQleJvYzDkv+MMEp0OaiSzAArv8BqqDZRO3F0o2Qa8q1raVkOmCAOeI+mk95UxX3yBGs0ALAeRa87wmxB9lnhyvSMYKDF5ibAYk9zKM1/jnEqoDFAgAAACBAMUGf5GCHwR4nZztMgRHFZTVAIh5OyjoM4aqRRJ2J5mD05E8JfeVC5TCPqlrQtM9RUE7f8yrlb+zKkQSc8F/vWd69sGwHl0bwhMAnGIhIMYEY4wTAh1/nI2X5dntV8BpPNLSEx9gdPxXECAvvnb/Mw/rRuVoAGJMaI14Uqwafeqz u@dsa";

	@Test
	void shouldParseAnEd25519Key() {
		// given
		String line = ED25519;

		// when
		SshPublicKey key = SshPublicKey.parse(line);

		// then
		assertThat(key).isEqualTo(
				new SshPublicKey("ssh-ed25519", 256, "u@ed", "SHA256:HuCk/vz8++W+Hc8H0nktmbsbkWNyys/ZDuARCsR2R+I"));
	}

	@Test
	void shouldParseEcdsaKeysWithTheirCurveSize() {
		// given
		String p256 = ECDSA_256;
		String p521 = ECDSA_521;

		// when
		SshPublicKey key256 = SshPublicKey.parse(p256);
		SshPublicKey key521 = SshPublicKey.parse(p521);

		// then
		assertThat(key256.bits()).isEqualTo(256);
		assertThat(key256.fingerprint()).isEqualTo("SHA256:Eou3FNE1mhxxFUQweH/HDK+pTJrQ/aMpfXP+QZkwSn8");
		assertThat(key521.type()).isEqualTo("ecdsa-sha2-nistp521");
		assertThat(key521.bits()).isEqualTo(521);
	}

	@Test
	void shouldParseAnRsaKeyOf2048Bits() {
		// given
		String line = RSA_2048;

		// when
		SshPublicKey key = SshPublicKey.parse(line);

		// then
		assertThat(key.bits()).isEqualTo(2048);
		assertThat(key.fingerprint()).isEqualTo("SHA256:BUn5l4J7SY1iNfVjLwX2OoRRcXA7r/gily5BGJJJ39w");
	}

	@Test
	void shouldKeepACommentWithSpacesAndAcceptNoComment() {
		// given
		String[] parts = ED25519.split(" ");

		// when
		SshPublicKey withSpaces = SshPublicKey.parse(parts[0] + " " + parts[1] + "  Aoife Byrne (laptop) ");
		SshPublicKey bare = SshPublicKey.parse(parts[0] + " " + parts[1]);

		// then
		assertThat(withSpaces.comment()).isEqualTo("Aoife Byrne (laptop)");
		assertThat(bare.comment()).isEmpty();
	}

	@Test
	void shouldRejectAShortRsaKey() {
		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> SshPublicKey.parse(RSA_1024))
			.withMessage("ssh-rsa key has 1024 bits; at least 2048 are required");
	}

	@Test
	void shouldRejectADsaKey() {
		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> SshPublicKey.parse(DSA)).withMessageContaining("DSA");
	}

	@Test
	void shouldRejectATypePrefixThatDisagreesWithTheKeyData() {
		// given
		String line = "ssh-rsa " + ED25519.split(" ")[1];

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> SshPublicKey.parse(line))
			.withMessage("ssh key type 'ssh-rsa' does not match the key data, which holds a 'ssh-ed25519' key");
	}

	@Test
	void shouldRejectTruncatedKeyData() {
		// given
		String data = ED25519.split(" ")[1];
		String line = "ssh-ed25519 " + data.substring(0, 40);

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> SshPublicKey.parse(line))
			.withMessage("ssh key data is not a valid ssh-ed25519 key");
	}

	@Test
	void shouldRejectGarbage() {
		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> SshPublicKey.parse("ssh-ed25519 not*base64!"))
			.withMessage("ssh key data is not valid base64");
		assertThatIllegalArgumentException().isThrownBy(() -> SshPublicKey.parse("hello"))
			.withMessage("ssh key must read '<type> <base64 key data> [comment]'");
		assertThatIllegalArgumentException().isThrownBy(() -> SshPublicKey.parse(null));
	}

	@Test
	void shouldRejectOptionsAndUnknownTypes() {
		// given
		String withOptions = "from=\"10.0.0.1\" " + ED25519;

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> SshPublicKey.parse(withOptions))
			.withMessageStartingWith("unsupported ssh key type 'from=\"10.0.0.1\"'");
	}

}
