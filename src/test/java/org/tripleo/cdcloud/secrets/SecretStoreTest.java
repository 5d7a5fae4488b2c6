package org.tripleo.cdcloud.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SecretStoreTest {

	private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

	@TempDir
	Path dir;

	private Path file() {
		return dir.resolve("data/secrets.store");
	}

	@Test
	void shouldReadBackValuesAfterReopeningTheFile() {
		// given
		SecretStore writer = new SecretStore(file(), PASSPHRASE);
		writer.put("bmc/seed-vm-host", Secret.of("calvin"));
		writer.put("undercloud/admin", Secret.of("s3cr=t with spaces "));

		// when
		SecretStore reader = new SecretStore(file(), PASSPHRASE);

		// then
		assertThat(reader.get("bmc/seed-vm-host")).contains(Secret.of("calvin"));
		assertThat(reader.get("undercloud/admin").map(Secret::reveal)).contains("s3cr=t with spaces ");
		assertThat(reader.get("bmc/other")).isEmpty();
		assertThat(reader.keys()).containsExactly("bmc/seed-vm-host", "undercloud/admin");
	}

	@Test
	void shouldReplaceAnExistingValue() {
		// given
		SecretStore store = new SecretStore(file(), PASSPHRASE);
		store.put("bmc/seed-vm-host", Secret.of("calvin"));

		// when
		store.put("bmc/seed-vm-host", Secret.of("hobbes"));

		// then
		assertThat(new SecretStore(file(), PASSPHRASE).get("bmc/seed-vm-host")).contains(Secret.of("hobbes"));
	}

	@Test
	void shouldNotWriteValuesOrPassphraseInPlainText() throws IOException {
		// given
		SecretStore store = new SecretStore(file(), PASSPHRASE);

		// when
		store.put("bmc/seed-vm-host", Secret.of("calvin-the-password"));

		// then
		String text = Files.readString(file());
		assertThat(text).contains("format=1", "secret.bmc/seed-vm-host=")
			.doesNotContain("calvin-the-password", new String(PASSPHRASE));
	}

	@Test
	void shouldReadAMissingFileAsAnEmptyStore() {
		// given
		SecretStore store = new SecretStore(file(), PASSPHRASE);

		// when
		var keys = store.keys();

		// then
		assertThat(keys).isEmpty();
		assertThat(store.get("bmc/seed-vm-host")).isEmpty();
		assertThat(store.remove("bmc/seed-vm-host")).isFalse();
		assertThat(file()).doesNotExist();
	}

	@Test
	void shouldRefuseAWrongPassphraseNamingTheFileButNotThePassphrase() {
		// given
		new SecretStore(file(), PASSPHRASE).put("bmc/seed-vm-host", Secret.of("calvin"));
		SecretStore wrong = new SecretStore(file(), "not-the-passphrase".toCharArray());

		// when / then
		assertThatExceptionOfType(SecretStoreException.class).isThrownBy(() -> wrong.get("bmc/seed-vm-host"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(SecretStoreException.Reason.WRONG_PASSPHRASE))
			.withMessageContaining(file().toString())
			.withMessageContaining("passphrase does not open")
			.withMessageNotContaining("not-the-passphrase");
		assertThatExceptionOfType(SecretStoreException.class).isThrownBy(wrong::keys);
		assertThatExceptionOfType(SecretStoreException.class).isThrownBy(() -> wrong.put("bmc/other", Secret.of("x")));
	}

	@Test
	void shouldRejectAKeyBreakingTheSyntaxNamingTheRule() {
		// given
		SecretStore store = new SecretStore(file(), PASSPHRASE);

		// when / then
		for (String key : List.of("BMC/Host", "/bmc", "", "bmc host")) {
			assertThatExceptionOfType(SecretStoreException.class).isThrownBy(() -> store.put(key, Secret.of("calvin")))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(SecretStoreException.Reason.INVALID_KEY))
				.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(2))
				.withMessageContaining("[a-z0-9][a-z0-9._/-]*");
		}
		assertThat(file()).doesNotExist();
	}

	@Test
	void shouldRemoveAKey() {
		// given
		SecretStore store = new SecretStore(file(), PASSPHRASE);
		store.put("bmc/a", Secret.of("one"));
		store.put("bmc/b", Secret.of("two"));

		// when
		boolean removed = store.remove("bmc/a");
		boolean removedAgain = store.remove("bmc/a");

		// then
		assertThat(removed).isTrue();
		assertThat(removedAgain).isFalse();
		SecretStore reopened = new SecretStore(file(), PASSPHRASE);
		assertThat(reopened.keys()).containsExactly("bmc/b");
		assertThat(reopened.get("bmc/a")).isEmpty();
	}

	@Test
	void shouldLeaveNoTemporaryFileAfterWriting() throws IOException {
		// given
		SecretStore store = new SecretStore(file(), PASSPHRASE);

		// when
		store.put("bmc/a", Secret.of("one"));
		store.put("bmc/b", Secret.of("two"));
		store.remove("bmc/a");

		// then
		try (Stream<Path> files = Files.list(file().getParent())) {
			assertThat(files).containsExactly(file());
		}
	}

	@Test
	void shouldWriteTheFileReadableByItsOwnerOnly() throws IOException {
		// given
		assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
		SecretStore store = new SecretStore(file(), PASSPHRASE);

		// when
		store.put("bmc/a", Secret.of("one"));

		// then
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
	}

	@Test
	void shouldReportTheFileAndLineOfACorruptLine() throws IOException {
		// given
		new SecretStore(file(), PASSPHRASE).put("bmc/a", Secret.of("one"));
		List<String> lines = Files.readAllLines(file());
		Files.writeString(file(), String.join("\n", lines) + "\nthis is not a setting\n");
		int badLine = lines.size() + 1;

		// when / then
		assertThatExceptionOfType(SecretStoreException.class)
			.isThrownBy(() -> new SecretStore(file(), PASSPHRASE).get("bmc/a"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(badLine))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(SecretStoreException.Reason.CORRUPT))
			.withMessageStartingWith(file() + ":" + badLine + ": ");
	}

	@Test
	void shouldRefuseAFileThatIsNotAStore() throws IOException {
		// given
		Files.createDirectories(file().getParent());
		Files.writeString(file(), "# nothing here\n");

		// when / then
		assertThatExceptionOfType(SecretStoreException.class)
			.isThrownBy(() -> new SecretStore(file(), PASSPHRASE).keys())
			.withMessageContaining("format, salt and check lines are required");
	}

	@Test
	void shouldDetectAValueMovedToAnotherKey() throws IOException {
		// given
		SecretStore store = new SecretStore(file(), PASSPHRASE);
		store.put("bmc/a", Secret.of("value-of-a"));
		store.put("bmc/b", Secret.of("value-of-b"));
		String text = Files.readString(file(), StandardCharsets.UTF_8);
		String valueOfA = text.lines().filter((l) -> l.startsWith("secret.bmc/a=")).findFirst().orElseThrow();
		String valueOfB = text.lines().filter((l) -> l.startsWith("secret.bmc/b=")).findFirst().orElseThrow();
		Files.writeString(file(), text.replace(valueOfB, "secret.bmc/b=" + valueOfA.substring(13)));

		// when / then
		assertThatExceptionOfType(SecretStoreException.class)
			.isThrownBy(() -> new SecretStore(file(), PASSPHRASE).get("bmc/b"))
			.withMessageContaining("belongs to another key")
			.withMessageNotContaining("value-of-a");
	}

}
