package org.tripleo.cdcloud.ssh;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting a command sequence's output at the markers. */
class MarkedStreamTest {

	private static final String TOKEN = "@@cdcloud-0123abcd";

	@TempDir
	Path temp;

	@Test
	void shouldSplitAtEachMarkerEvenWhenReadsCutTheToken() throws Exception {
		// given output of three commands, the first without a final newline, read one
		// byte at a time
		String output = "one" + TOKEN + " 0\n" + "two\n@@cdcloud-almost\n" + TOKEN + " 3\n" + "rest";
		List<Path> logs = List.of(temp.resolve("0.stdout"), temp.resolve("1.stdout"));
		LinkedBlockingQueue<MarkedStream.Part> parts = new LinkedBlockingQueue<>();
		// when
		new MarkedStream(TOKEN, 4096, logs, parts).drain(oneByteAtATime(output));
		// then
		List<MarkedStream.Part> got = new ArrayList<>(parts);
		assertThat(got).extracting(MarkedStream.Part::tail).containsExactly("one", "two\n@@cdcloud-almost\n", "rest");
		assertThat(got).extracting(MarkedStream.Part::suffix).containsExactly(" 0", " 3", null);
		assertThat(Files.readString(logs.get(1))).isEqualTo("two\n@@cdcloud-almost\n");
	}

	@Test
	void shouldKeepOnlyTheTailOfEachPart() throws Exception {
		byte[] big = new byte[10_000];
		Arrays.fill(big, (byte) 'x');
		String output = new String(big, StandardCharsets.US_ASCII) + "END" + TOKEN + " 0\n";
		LinkedBlockingQueue<MarkedStream.Part> parts = new LinkedBlockingQueue<>();
		new MarkedStream(TOKEN, 8, List.of(), parts).drain(new ByteArrayInputStream(output.getBytes()));
		assertThat(parts.poll().tail()).isEqualTo("xxxxxEND");
	}

	private static InputStream oneByteAtATime(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)) {
			@Override
			public synchronized int read(byte[] buffer, int offset, int length) {
				return super.read(buffer, offset, Math.min(length, 1));
			}
		};
	}

}
