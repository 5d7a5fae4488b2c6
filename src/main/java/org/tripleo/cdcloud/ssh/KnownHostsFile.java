package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts.KnownHostEntry;

/**
 * The known_hosts file, parsed once per version (modification time and size) and shared
 * by the verifiers of all connections: parsing it per connection cost O(hosts²) key
 * decodings, ~0.3 s of CPU for 200 hosts. An edit is picked up by the next connection.
 * Hashed entries keep a MAC each, so verifications using the shared entries take turns on
 * this object.
 */
final class KnownHostsFile {

	private final Path file;

	private FileTime modified;

	private long size = -1;

	private List<KnownHostEntry> entries;

	KnownHostsFile(Path file) {
		this.file = file;
	}

	Path path() {
		return file;
	}

	/**
	 * The entries of the file as it is now.
	 * @throws SshException if the file cannot be read
	 */
	synchronized List<KnownHostEntry> entries() {
		try {
			BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
			if (entries == null || !now.lastModifiedTime().equals(modified) || now.size() != size) {
				entries = List.copyOf(new OpenSSHKnownHosts(file.toFile()).entries());
				modified = now.lastModifiedTime();
				size = now.size();
			}
			return entries;
		}
		catch (IOException ex) {
			throw new SshException("SSH-006", "known_hosts",
					"cannot read " + file + "; every host key is checked against it: " + ex.getMessage(), ex);
		}
	}

}
