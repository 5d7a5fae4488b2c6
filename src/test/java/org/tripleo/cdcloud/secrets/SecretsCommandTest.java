package org.tripleo.cdcloud.secrets;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsCommandTest {

	private static final char[] PASSPHRASE = "store passphrase".toCharArray();

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private SecretStore store() {
		return new SecretStore(dir.resolve("secrets.store"), PASSPHRASE);
	}

	private int run(String stdin, String... args) {
		SecretsCommand command = new SecretsCommand(this::store,
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		CommandLine cli = new CommandLine(command);
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		return cli.execute(args);
	}

	@Test
	void shouldPutTheValueReadFromStandardInput() {
		// given
		String stdin = "calvin\nnext line is ignored\n";

		// when
		int exitCode = run(stdin, "put", "bmc/seed-vm-host");

		// then
		assertThat(exitCode).isZero();
		assertThat(out.toString()).isEqualTo("stored bmc/seed-vm-host" + System.lineSeparator())
			.doesNotContain("calvin");
		assertThat(store().get("bmc/seed-vm-host")).contains(Secret.of("calvin"));
	}

	@Test
	void shouldStoreABcryptHashThatMatchesThePassword() {
		// given
		String stdin = "alice's password\n";

		// when
		int exitCode = run(stdin, "put", "--bcrypt", "login/alice");

		// then
		assertThat(exitCode).isZero();
		String hash = store().get("login/alice").orElseThrow().reveal();
		assertThat(hash).startsWith("$2").isNotEqualTo("alice's password");
		assertThat(new BCryptPasswordEncoder().matches("alice's password", hash)).isTrue();
	}

	@Test
	void shouldListTheKeysOnly() {
		// given
		store().put("bmc/b", Secret.of("value-b"));
		store().put("bmc/a", Secret.of("value-a"));

		// when
		int exitCode = run("", "list");

		// then
		assertThat(exitCode).isZero();
		assertThat(out.toString().lines()).containsExactly("bmc/a", "bmc/b");
	}

	@Test
	void shouldRemoveAKeyAndFailOnAMissingOne() {
		// given
		store().put("bmc/a", Secret.of("value-a"));

		// when
		int first = run("", "remove", "bmc/a");
		int second = run("", "remove", "bmc/a");

		// then
		assertThat(first).isZero();
		assertThat(second).isEqualTo(1);
		assertThat(err.toString()).contains("bmc/a is not in the secret store");
		assertThat(store().keys()).isEmpty();
	}

	@Test
	void shouldRefuseABadKeyWithExitCodeTwoBeforeReadingTheValue() {
		// given
		String stdin = "calvin\n";

		// when
		int exitCode = run(stdin, "put", "BMC/Host");

		// then
		assertThat(exitCode).isEqualTo(2);
		assertThat(err.toString()).contains("[a-z0-9][a-z0-9._/-]*").doesNotContain("calvin");
		assertThat(store().keys()).isEmpty();
	}

	@Test
	void shouldRefuseAnEmptyValueWithExitCodeTwo() {
		// given
		String stdin = "";

		// when
		int exitCode = run(stdin, "put", "bmc/seed-vm-host");

		// then
		assertThat(exitCode).isEqualTo(2);
		assertThat(err.toString()).contains("no value on standard input");
		assertThat(store().keys()).isEmpty();
	}

	@Test
	void shouldRefuseAWrongPassphraseWithExitCodeTwo() {
		// given
		store().put("bmc/a", Secret.of("value-a"));
		SecretsCommand command = new SecretsCommand(
				() -> new SecretStore(dir.resolve("secrets.store"), "wrong".toCharArray()),
				new ByteArrayInputStream(new byte[0]));
		CommandLine cli = new CommandLine(command);
		cli.setErr(new PrintWriter(err, true));

		// when
		int exitCode = cli.execute("list");

		// then
		assertThat(exitCode).isEqualTo(2);
		assertThat(err.toString()).contains("passphrase does not open");
	}

	@Test
	void shouldRequireASubcommandWithExitCodeTwo() {
		// given
		String[] noArguments = {};

		// when
		int exitCode = run("", noArguments);

		// then
		assertThat(exitCode).isEqualTo(2);
		assertThat(err.toString()).contains("Missing required subcommand");
	}

}
