package org.tripleo.cdcloud.ssh;

import java.nio.charset.StandardCharsets;

/**
 * Keeps the last bytes of a stream in a fixed ring, so a chatty command cannot exhaust
 * memory.
 */
final class OutputTail {

	private final byte[] ring;

	private long total;

	OutputTail(int capacity) {
		this.ring = new byte[Math.max(capacity, 1)];
	}

	synchronized void append(byte[] bytes, int from, int length) {
		int skipped = Math.max(0, length - ring.length);
		total += skipped;
		for (int i = from + skipped; i < from + length; i++) {
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
