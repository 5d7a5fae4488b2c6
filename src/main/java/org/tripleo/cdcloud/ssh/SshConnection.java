package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.ConnectionException;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * One authenticated SSH connection to a machine; runs commands one after another over it
 * (one session channel each), so several commands cost one handshake.
 */
public final class SshConnection implements AutoCloseable {

	/** What coreutils timeout exits with when it stopped the command. */
	private static final int TIMEOUT_EXIT = 124;

	private static final Duration BACKSTOP = Duration.ofSeconds(5);

	private final SshTarget target;

	private final SSHClient client;

	private final SSHClient jump;

	private final SshProperties properties;

	private final ExecutorService pumps;

	private final AtomicInteger sequence = new AtomicInteger();

	SshConnection(SshTarget target, SSHClient client, SSHClient jump, SshProperties properties, ExecutorService pumps) {
		this.target = target;
		this.client = client;
		this.jump = jump;
		this.properties = properties;
		this.pumps = pumps;
	}

	/**
	 * Runs one command with the default timeout.
	 * @param command the shell command line
	 * @return its result
	 * @throws SshException if the connection breaks
	 */
	public CommandResult run(String command) {
		return run(command, properties.commandTimeout());
	}

	/**
	 * Runs one command with {@code /bin/sh} under coreutils {@code timeout}, which stops
	 * the command's whole process group at the timeout (TERM, KILL 2 s later). Should the
	 * remote side not stop it, the connection is closed 5 s later.
	 * @param command the shell command line
	 * @param timeout how long it may run
	 * @return its result; {@link CommandResult#timedOut()} when stopped
	 * @throws SshException if the connection breaks
	 */
	public CommandResult run(String command, Duration timeout) {
		long start = System.nanoTime();
		OutputTail out = new OutputTail(properties.outputTailBytes());
		OutputTail err = new OutputTail(properties.outputTailBytes());
		String log = logBase();
		try (Session session = client.startSession()) {
			Session.Command cmd = session.exec(withTimeout(command, timeout));
			Future<?> outDone = pumps.submit(() -> drain(out, cmd.getInputStream(), log, ".stdout"));
			Future<?> errDone = pumps.submit(() -> drain(err, cmd.getErrorStream(), log, ".stderr"));
			if (!await(cmd, timeout.plus(BACKSTOP))) {
				close();
				throw new SshException("SSH-008", target.toString(),
						"command did not stop at its timeout of " + timeout + "; connection closed", null);
			}
			awaitQuietly(outDone);
			awaitQuietly(errDone);
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			Integer exit = cmd.getExitStatus();
			boolean timedOut = exit != null && exit == TIMEOUT_EXIT && millis >= timeout.toMillis();
			return new CommandResult(timedOut ? null : exit, out.text(), err.text(), millis, timedOut);
		}
		catch (IOException ex) {
			throw new SshException("SSH-005", target.toString(), "command failed: " + ex.getMessage(), ex);
		}
	}

	private static boolean await(Session.Command cmd, Duration timeout) throws ConnectionException {
		try {
			cmd.join(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (ConnectionException ex) {
			if (cmd.isOpen()) {
				return false;
			}
			throw ex;
		}
	}

	static String withTimeout(String command, Duration timeout) {
		String seconds = String.format(java.util.Locale.ROOT, "%.3f", timeout.toMillis() / 1000.0);
		return "timeout -k 2 " + seconds + " sh -c " + ShellQuote.quote(command);
	}

	private static void awaitQuietly(Future<?> pump) {
		try {
			pump.get(2, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			pump.cancel(true);
		}
	}

	private Void drain(OutputTail tail, java.io.InputStream in, String log, String suffix) throws IOException {
		if (log == null) {
			tail.drain(in, null);
			return null;
		}
		try (OutputStream file = Files.newOutputStream(Path.of(log + suffix))) {
			tail.drain(in, file);
		}
		return null;
	}

	private String logBase() {
		if (properties.logDir() == null) {
			return null;
		}
		try {
			Path dir = Files.createDirectories(properties.logDir().resolve(target.name()));
			return dir.resolve(System.currentTimeMillis() + "-" + sequence.incrementAndGet()).toString();
		}
		catch (IOException ex) {
			throw new SshException("SSH-007", target.toString(), "cannot create log folder: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		closeQuietly(client);
		closeQuietly(jump);
	}

	static void closeQuietly(SSHClient client) {
		if (client != null) {
			try {
				client.close();
			}
			catch (IOException ex) {
				// nothing more to release
			}
		}
	}

}
