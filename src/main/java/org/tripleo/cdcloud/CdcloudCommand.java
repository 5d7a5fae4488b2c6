package org.tripleo.cdcloud;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.tripleo.cdcloud.fleet.BatchCommand;
import org.tripleo.cdcloud.bmc.BmcCommand;
import org.tripleo.cdcloud.inventory.InventoryException;
import org.tripleo.cdcloud.inventory.ValidateCommand;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretsCommand;
import org.tripleo.cdcloud.secrets.SecretsProperties;
import org.tripleo.cdcloud.undercloud.UndercloudCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Root of the command line: {@code java -jar cdcloud.jar <subcommand>}; without a
 * subcommand the jar starts the service instead.
 */
@Command(name = "cdcloud", mixinStandardHelpOptions = true, version = "cdcloud 0.1",
		description = "Runs the cdcloud service (no arguments, or 'serve') or one operator command.",
		subcommands = { ValidateCommand.class, BmcCommand.class, BatchCommand.class, UndercloudCommand.class })
public final class CdcloudCommand {

	/** Every check passed. */
	public static final int EXIT_OK = 0;

	/** An operation failed. */
	public static final int EXIT_FAILED = 1;

	/** The input (arguments, inventory, secrets) is invalid; nothing was changed. */
	public static final int EXIT_INVALID_INPUT = 2;

	@Option(names = "--inventory", scope = ScopeType.INHERIT, paramLabel = "DIR",
			description = "Inventory directory (default: ${DEFAULT-VALUE}).")
	Path inventoryDir = Path.of("inventory");

	@Option(names = "--bios-profiles", scope = ScopeType.INHERIT, paramLabel = "DIR",
			description = "BIOS profiles directory (default: ${DEFAULT-VALUE}).")
	Path biosProfilesDir = Path.of("bios-profiles");

	@Option(names = { "-x", "--stacktrace" }, scope = ScopeType.INHERIT,
			description = "Print the stack trace of a failure.")
	boolean stacktrace;

	private final CliContext context = new CliContext(this);

	/**
	 * The service's beans for subcommands that need them; see {@link CliContext}.
	 * @return the context, booted on first {@link CliContext#bean} call
	 */
	public CliContext context() {
		return context;
	}

	public Path inventoryDir() {
		return inventoryDir;
	}

	public Path biosProfilesDir() {
		return biosProfilesDir;
	}

	/**
	 * Runs one subcommand with standard streams.
	 * @param args the command line
	 * @return the exit code
	 */
	public static int run(String... args) {
		CommandLine cli = commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
		try {
			return cli.execute(args);
		}
		finally {
			cli.<CdcloudCommand>getCommand().context().close();
		}
	}

	/**
	 * Builds the command line with its exception mapping, printing to the given writers.
	 * @param out standard output
	 * @param err error output
	 * @return the configured command line
	 */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new CdcloudCommand());
		cli.addSubcommand(new SecretsCommand(() -> cliSecretResolver().store()));
		cli.setOut(out);
		cli.setErr(err);
		cli.setExitCodeExceptionMapper(CdcloudCommand::exitCode);
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			CdcloudCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
			if (root.stacktrace) {
				ex.printStackTrace(commandLine.getErr());
			}
			else {
				commandLine.getErr().println("error: " + ex.getMessage());
			}
			return exitCode(ex);
		});
		return cli;
	}

	/**
	 * The CLI runs without Spring: the store file comes from CDCLOUD_SECRETS_FILE, as in
	 * the service.
	 */
	private static SecretResolver cliSecretResolver() {
		String file = System.getenv().getOrDefault("CDCLOUD_SECRETS_FILE", "data/secrets.store");
		return new SecretResolver(new SecretsProperties(Path.of(file), "CDCLOUD_SECRETS_PASSPHRASE"));
	}

	private static int exitCode(Throwable ex) {
		if (ex instanceof InventoryException || ex instanceof IllegalArgumentException
				|| ex instanceof CommandLine.ParameterException) {
			return EXIT_INVALID_INPUT;
		}
		return (ex instanceof DomainException domain) ? domain.exitCode() : EXIT_FAILED;
	}

}
