package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * Splits one output stream of a command sequence into the parts of its commands: the
 * remote shell writes {@code <token><suffix>\n} after each command, and everything before
 * a marker belongs to that command. Each part keeps its tail and goes to its own log
 * file; a part without a marker (the stream ended first) is the last one.
 */
final class MarkedStream {

	private final byte[] token;

	private final int tailBytes;

	private final List<Path> logs;

	private final BlockingQueue<Part> parts;

	private OutputTail tail;

	private OutputStream log;

	private int index;

	MarkedStream(String token, int tailBytes, List<Path> logs, BlockingQueue<Part> parts) {
		this.token = token.getBytes(StandardCharsets.US_ASCII);
		this.tailBytes = tailBytes;
		this.logs = logs;
		this.parts = parts;
	}

	/**
	 * Reads the stream to its end, queueing each command's part as its marker arrives.
	 * @param in the stream
	 * @throws IOException if reading or logging fails
	 */
	void drain(InputStream in) throws IOException {
		byte[] pending = new byte[16384];
		int size = 0;
		try {
			begin();
			int read;
			while ((read = in.read(pending, size, pending.length - size)) >= 0) {
				size = consume(pending, size + read);
				if (size == pending.length) {
					pending = Arrays.copyOf(pending, pending.length * 2);
				}
			}
			output(pending, 0, size);
		}
		finally {
			// also when the connection broke: whoever waits for a part learns the end
			closeLog();
			parts.add(new Part(tail.text(), null, System.nanoTime()));
		}
	}

	/** Handles the bytes buffered so far; returns how many stay buffered. */
	private int consume(byte[] buffer, int size) throws IOException {
		int start = 0;
		while (true) {
			int at = indexOf(buffer, start, size, token);
			if (at < 0) {
				// keep what may be the beginning of a token split across reads
				int keep = Math.min(size - start, token.length - 1);
				output(buffer, start, size - start - keep);
				System.arraycopy(buffer, size - keep, buffer, 0, keep);
				return keep;
			}
			int newline = indexOf(buffer, at + token.length, size, new byte[] { '\n' });
			if (newline < 0) {
				output(buffer, start, at - start);
				System.arraycopy(buffer, at, buffer, 0, size - at);
				return size - at;
			}
			output(buffer, start, at - start);
			String suffix = new String(buffer, at + token.length, newline - at - token.length,
					StandardCharsets.US_ASCII);
			closeLog();
			parts.add(new Part(tail.text(), suffix, System.nanoTime()));
			index++;
			begin();
			start = newline + 1;
		}
	}

	private void begin() throws IOException {
		tail = new OutputTail(tailBytes);
		log = (index < logs.size() && logs.get(index) != null) ? Files.newOutputStream(logs.get(index)) : null;
	}

	private void output(byte[] bytes, int from, int length) throws IOException {
		if (length <= 0) {
			return;
		}
		tail.append(bytes, from, length);
		if (log != null) {
			log.write(bytes, from, length);
		}
	}

	private void closeLog() throws IOException {
		if (log != null) {
			log.close();
			log = null;
		}
	}

	static int indexOf(byte[] buffer, int from, int to, byte[] what) {
		for (int i = from; i <= to - what.length; i++) {
			int j = 0;
			while (j < what.length && buffer[i + j] == what[j]) {
				j++;
			}
			if (j == what.length) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * One command's output.
	 *
	 * @param tail the last bytes, as text
	 * @param suffix what followed the token in the marker, or null when the stream ended
	 * without one
	 * @param nanos when it was complete ({@link System#nanoTime()})
	 */
	record Part(String tail, String suffix, long nanos) {
	}

}
