package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import net.schmizz.sshj.connection.ConnectionException;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * Commands run one after another by one remote shell over one session channel, so a
 * recipe costs one channel and one shell, not one of each per step. After each command
 * the shell writes a marker with a random per-sequence token to stdout (with the exit
 * code) and to stderr; the markers split the output per command. The sequence stops after
 * the first command that exits with a code it does not allow. Each command runs under
 * coreutils {@code timeout}, which stops its whole process group (TERM, KILL 2 s later);
 * should its marker not come within the timeout and 5 s more, the connection is closed.
 */
public final class CommandSequence implements AutoCloseable {

	/** What coreutils timeout exits with when it stopped the command. */
	private static final int TIMEOUT_EXIT = 124;

	private static final Duration BACKSTOP = Duration.ofSeconds(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SshConnection connection;

	private final List<SshCommand> commands;

	private final Session session;

	private final Session.Command shell;

	private final BlockingQueue<MarkedStream.Part> out = new LinkedBlockingQueue<>();

	private final BlockingQueue<MarkedStream.Part> err = new LinkedBlockingQueue<>();

	private long previousEnd;

	private int next;

	private boolean ended;

	CommandSequence(SshConnection connection, List<SshCommand> commands, Session session, List<Path> logs,
			int tailBytes, ExecutorService pumps) throws IOException {
		this.connection = connection;
		this.commands = List.copyOf(commands);
		this.session = session;
		String token = "@@cdcloud-" + HexFormat.of().formatHex(nonce());
		this.previousEnd = System.nanoTime();
		// The script goes to the shell's standard input, not its command line, so the
		// token never shows in a process listing a command could print.
		this.shell = session.exec("exec sh -s");
		pump(pumps, new MarkedStream(token, tailBytes, withSuffix(logs, ".stdout"), out), shell.getInputStream());
		pump(pumps, new MarkedStream(token, tailBytes, withSuffix(logs, ".stderr"), err), shell.getErrorStream());
		try (OutputStream stdin = shell.getOutputStream()) {
			stdin.write(script(token, this.commands).getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void pump(ExecutorService pumps, MarkedStream stream, InputStream in) {
		pumps.submit(() -> {
			stream.drain(in);
			return null;
		});
	}

	/**
	 * Waits for the next command to end.
	 * @return its result, or null when the sequence has ended (every command ran, or one
	 * failed)
	 * @throws SshException if the connection breaks or a command outlives its timeout and
	 * the backstop
	 */
	public CommandResult next() {
		if (ended) {
			return null;
		}
		SshCommand command = commands.get(next++);
		MarkedStream.Part stdout = take(out, command.timeout().plus(BACKSTOP));
		if (stdout == null) {
			connection.close();
			throw new SshException("SSH-008", connection.target().toString(),
					"command did not stop at its timeout of " + command.timeout() + "; connection closed", null);
		}
		MarkedStream.Part stderr = take(err, BACKSTOP);
		long millis = TimeUnit.NANOSECONDS.toMillis(stdout.nanos() - previousEnd);
		previousEnd = stdout.nanos();
		Integer exit = (stdout.suffix() != null) ? Integer.valueOf(stdout.suffix().strip()) : shellExit();
		if (exit == null && stdout.suffix() == null) {
			close();
			throw new SshException("SSH-005", connection.target().toString(),
					"the remote shell ended without an exit status (connection lost?)", null);
		}
		boolean timedOut = exit != null && exit == TIMEOUT_EXIT && millis >= command.timeout().toMillis();
		CommandResult result = new CommandResult(timedOut ? null : exit, stdout.tail(),
				(stderr != null) ? stderr.tail() : "", millis, timedOut);
		if (stdout.suffix() == null || !result.exitedWith(command.allowedExitCodes()) || next == commands.size()) {
			close();
		}
		return result;
	}

	/** The exit status of the shell, when it ended before writing a command's marker. */
	private Integer shellExit() {
		try {
			shell.join(BACKSTOP.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ConnectionException ex) {
			return null;
		}
		return shell.getExitStatus();
	}

	private MarkedStream.Part take(BlockingQueue<MarkedStream.Part> parts, Duration timeout) {
		try {
			return parts.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close();
			throw new SshException("SSH-005", connection.target().toString(), "interrupted", ex);
		}
	}

	static String script(String token, List<SshCommand> commands) {
		StringBuilder script = new StringBuilder("M=").append(token).append('\n');
		for (SshCommand command : commands) {
			String codes = command.allowedExitCodes().stream().map(String::valueOf).collect(Collectors.joining(" "));
			script.append("timeout -k 2 ")
				.append(String.format(Locale.ROOT, "%.3f", command.timeout().toMillis() / 1000.0))
				.append(" sh -c ")
				.append(ShellQuote.quote(command.script()))
				.append(" </dev/null\nrc=$?\nprintf '%s %d\\n' \"$M\" \"$rc\"\nprintf '%s\\n' \"$M\" >&2\n")
				.append("case ' ")
				.append(codes)
				.append(" ' in *\" $rc \"*) ;; *) exit \"$rc\";; esac\n");
		}
		return script.toString();
	}

	private static List<Path> withSuffix(List<Path> logs, String suffix) {
		return logs.stream().map((log) -> (log != null) ? Path.of(log + suffix) : null).toList();
	}

	private static byte[] nonce() {
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		return nonce;
	}

	/** Ends the sequence: commands not yet run never will be. */
	@Override
	public void close() {
		if (!ended) {
			ended = true;
			try {
				session.close();
			}
			catch (IOException ex) {
				// the channel is gone either way
			}
		}
	}

}
