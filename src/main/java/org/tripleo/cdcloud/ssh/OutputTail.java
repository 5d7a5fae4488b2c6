package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the last bytes of a stream in a fixed ring, copying everything to an optional
 * log, so a chatty command cannot exhaust memory.
 */
final class OutputTail {

	private final byte[] ring;

	private long total;

	OutputTail(int capacity) {
		this.ring = new byte[Math.max(capacity, 1)];
	}

	/**
	 * Reads the stream to its end.
	 * @param in the stream
	 * @param log where to copy everything, or null
	 * @throws IOException if reading or logging fails
	 */
	void drain(InputStream in, OutputStream log) throws IOException {
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) >= 0) {
			append(buffer, read);
			if (log != null) {
				log.write(buffer, 0, read);
			}
		}
	}

	synchronized void append(byte[] bytes, int length) {
		int skipped = Math.max(0, length - ring.length);
		total += skipped;
		for (int i = skipped; i < length; i++) {
			ring[(int) (total++ % ring.length)] = bytes[i];
		}
	}

	synchronized String text() {
		int size = (int) Math.min(total, ring.length);
		byte[] out = new byte[size];
		int start = (int) ((total - size) % ring.length);
		for (int i = 0; i < size; i++) {
			out[i] = ring[(start + i) % ring.length];
		}
		return new String(out, StandardCharsets.UTF_8);
	}

}
