package org.tripleo.cdcloud.ssh;

import java.time.Duration;
import java.util.Set;

/**
 * One command of a {@link CommandSequence}.
 *
 * @param script the shell script, run by {@code /bin/sh} with standard input from
 * /dev/null
 * @param timeout how long it may run
 * @param allowedExitCodes the exit codes after which the sequence goes on to the next
 * command
 */
public record SshCommand(String script, Duration timeout, Set<Integer> allowedExitCodes) {

	public SshCommand {
		allowedExitCodes = Set.copyOf(allowedExitCodes);
	}

}
