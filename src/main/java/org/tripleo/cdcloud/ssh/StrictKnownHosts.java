package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

/**
 * known_hosts checking that refuses unknown and changed keys (never adds or trusts one),
 * remembering what it refused so the error can show the presented fingerprint.
 */
final class StrictKnownHosts extends OpenSSHKnownHosts {

	private volatile HostKeyRejection rejection;

	private final KnownHostsFile file;

	private StrictKnownHosts(KnownHostsFile file) throws IOException {
		super(new StringReader(""));
		this.file = file;
		entries.addAll(file.entries());
	}

	static StrictKnownHosts load(KnownHostsFile file) {
		try {
			return new StrictKnownHosts(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("reading an empty string cannot fail", ex);
		}
	}

	@Override
	public boolean verify(String hostname, int port, PublicKey key) {
		synchronized (file) {
			return super.verify(hostname, port, key);
		}
	}

	@Override
	public String toString() {
		return "StrictKnownHosts{" + file.path() + "}";
	}

	@Override
	protected boolean hostKeyUnverifiableAction(String hostname, PublicKey key) {
		rejection = new HostKeyRejection(false, fingerprint(key));
		return false;
	}

	@Override
	protected boolean hostKeyChangedAction(String hostname, PublicKey key) {
		rejection = new HostKeyRejection(true, fingerprint(key));
		return false;
	}

	/**
	 * The refusal of the last verification, if any.
	 * @return the refusal or null
	 */
	HostKeyRejection rejection() {
		return rejection;
	}

	static String fingerprint(PublicKey key) {
		byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
			return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM provides SHA-256", ex);
		}
	}

	record HostKeyRejection(boolean changed, String fingerprint) {
	}

}
