package org.tripleo.cdcloud.ssh;

/**
 * A machine to reach over SSH.
 *
 * @param name the machine name, for messages and log folders
 * @param address the IP address or host name
 * @param port the SSH port
 */
public record SshTarget(String name, String address, int port) {

	@Override
	public String toString() {
		return name + " (" + address + ":" + port + ")";
	}

}
