package org.tripleo.cdcloud.ssh;

/**
 * What one remote command did.
 *
 * @param exitStatus the exit status, or null when the command timed out or was killed by
 * a signal
 * @param stdoutTail the last bytes of standard output
 * @param stderrTail the last bytes of standard error
 * @param durationMillis wall time of the command
 * @param timedOut whether the command ran past its timeout and was stopped
 */
public record CommandResult(Integer exitStatus, String stdoutTail, String stderrTail, long durationMillis,
		boolean timedOut) {

	/**
	 * Whether the command ended normally with one of the given exit codes.
	 * @param allowed the accepted exit codes
	 * @return true if it did
	 */
	public boolean exitedWith(java.util.Collection<Integer> allowed) {
		return !timedOut && exitStatus != null && allowed.contains(exitStatus);
	}

}
