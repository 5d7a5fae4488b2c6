package org.tripleo.cdcloud.secrets;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cdcloud secrets put|list|remove}: manages the encrypted local secret store.
 */
@Command(name = "secrets", mixinStandardHelpOptions = true,
		description = { "Manages the encrypted local secret store.",
				"The passphrase comes from the environment (CDCLOUD_SECRETS_PASSPHRASE by default)." },
		subcommands = { SecretsCommand.Put.class, SecretsCommand.ListKeys.class, SecretsCommand.Remove.class })
public class SecretsCommand {

	static final int EXIT_OK = 0;

	static final int EXIT_FAILED = 1;

	static final int EXIT_INVALID_INPUT = 2;

	private final Supplier<SecretStore> store;

	private final InputStream in;

	private final Console console;

	/**
	 * Creates the command for a terminal: an interactive value is read without echo.
	 * @param store opens the store when a subcommand runs
	 */
	public SecretsCommand(Supplier<SecretStore> store) {
		this(store, System.in, System.console());
	}

	/**
	 * Creates the command reading values from a stream (one line per value).
	 * @param store opens the store when a subcommand runs
	 * @param in where {@code put} reads the value
	 */
	public SecretsCommand(Supplier<SecretStore> store, InputStream in) {
		this(store, in, null);
	}

	private SecretsCommand(Supplier<SecretStore> store, InputStream in, Console console) {
		this.store = Objects.requireNonNull(store, "store");
		this.in = Objects.requireNonNull(in, "in");
		this.console = console;
	}

	private String readLine(String key) throws IOException {
		if (console != null) {
			char[] value = console.readPassword("Value for %s: ", key);
			return (value != null) ? new String(value) : null;
		}
		// the value is taken exactly as typed, surrounding spaces included
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
	}

	/** Opens the store, runs one subcommand and turns secrets errors into exit codes. */
	abstract static class StoreSubcommand implements Callable<Integer> {

		@ParentCommand
		SecretsCommand parent;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			try {
				return run(parent.store.get());
			}
			catch (SecretsException ex) {
				err().println("error: " + ex.getMessage());
				return ex.exitCode();
			}
			catch (IOException ex) {
				err().println("error: cannot read the value from standard input: " + ex.getMessage());
				return EXIT_FAILED;
			}
		}

		abstract int run(SecretStore store) throws IOException;

		PrintWriter out() {
			return spec.commandLine().getOut();
		}

		PrintWriter err() {
			return spec.commandLine().getErr();
		}

	}

	@Command(name = "put", mixinStandardHelpOptions = true,
			description = "Stores the value read from standard input (one line) under KEY.")
	static class Put extends StoreSubcommand {

		@Parameters(paramLabel = "KEY", description = "Store key, e.g. bmc/seed-vm-host or login/<personId>.")
		String key;

		@Option(names = "--bcrypt", description = "Store the BCrypt hash of the value (for login/<personId>).")
		boolean bcrypt;

		@Override
		int run(SecretStore store) throws IOException {
			store.checkKey(key);
			String value = parent.readLine(key);
			if (value == null || value.isEmpty()) {
				err().println("error: no value on standard input; nothing was stored");
				return EXIT_INVALID_INPUT;
			}
			store.put(key, Secret.of(bcrypt ? new BCryptPasswordEncoder().encode(value) : value));
			out().println((bcrypt ? "stored the bcrypt hash as " : "stored ") + key);
			return EXIT_OK;
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the keys (never the values).")
	static class ListKeys extends StoreSubcommand {

		@Override
		int run(SecretStore store) {
			store.keys().forEach(out()::println);
			return EXIT_OK;
		}

	}

	@Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes KEY from the store.")
	static class Remove extends StoreSubcommand {

		@Parameters(paramLabel = "KEY", description = "Store key to remove.")
		String key;

		@Override
		int run(SecretStore store) {
			if (!store.remove(key)) {
				err().println("error: " + key + " is not in the secret store " + store.file());
				return EXIT_FAILED;
			}
			out().println("removed " + key);
			return EXIT_OK;
		}

	}

}
