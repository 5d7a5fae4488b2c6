package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import net.schmizz.sshj.SSHClient;

/**
 * One authenticated SSH connection to a machine; runs commands over it, one after another
 * in one remote shell ({@link CommandSequence}), so several commands cost one handshake.
 */
public final class SshConnection implements AutoCloseable {

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
	 * Runs one command with {@code /bin/sh}, stopped at its timeout (see
	 * {@link CommandSequence}).
	 * @param command the shell command line
	 * @param timeout how long it may run
	 * @return its result; {@link CommandResult#timedOut()} when stopped
	 * @throws SshException if the connection breaks
	 */
	public CommandResult run(String command, Duration timeout) {
		try (CommandSequence sequence = start(List.of(new SshCommand(command, timeout, Set.of())))) {
			return sequence.next();
		}
	}

	/**
	 * Starts commands one after another in one remote shell; read each result with
	 * {@link CommandSequence#next()}.
	 * @param commands the commands, in order
	 * @return the running sequence; close it
	 * @throws SshException if the connection breaks
	 */
	public CommandSequence start(List<SshCommand> commands) {
		List<Path> logs = new ArrayList<>();
		for (int i = 0; i < commands.size(); i++) {
			logs.add(logBase());
		}
		try {
			return new CommandSequence(this, commands, client.startSession(), logs, properties.outputTailBytes(),
					pumps);
		}
		catch (IOException ex) {
			throw new SshException("SSH-005", target.toString(), "command failed: " + ex.getMessage(), ex);
		}
	}

	SshTarget target() {
		return target;
	}

	private Path logBase() {
		if (properties.logDir() == null) {
			return null;
		}
		try {
			Path dir = Files.createDirectories(properties.logDir().resolve(target.name()));
			return dir.resolve(System.currentTimeMillis() + "-" + sequence.incrementAndGet());
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
