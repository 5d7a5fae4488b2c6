package org.tripleo.cdcloud.ssh;

/**
 * A host presented a key that known_hosts does not list for it (unknown host) or lists
 * differently (changed key): the connection was refused before authenticating.
 */
public class HostKeyRejectedException extends SshException {

	private final String fingerprint;

	HostKeyRejectedException(String machine, boolean changed, String fingerprint, String knownHosts) {
		super(changed ? "SSH-003" : "SSH-002", machine,
				(changed ? "host key CHANGED, refused: presented " : "unknown host key, refused: presented ")
						+ fingerprint + ", " + (changed ? "which differs from the key in " : "not listed in ")
						+ knownHosts,
				null);
		this.fingerprint = fingerprint;
	}

	/**
	 * The SHA-256 fingerprint of the key the host presented, as ssh-keygen -l prints it.
	 * @return the fingerprint
	 */
	public String fingerprint() {
		return fingerprint;
	}

}
