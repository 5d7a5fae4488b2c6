package org.tripleo.cdcloud.secrets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The text form of a secret store: {@code format}, {@code salt} and {@code check} lines,
 * then one {@code secret.KEY=CIPHERTEXT} line per entry (hex ciphertexts).
 *
 * @param salt the hex PBKDF2 salt of this file
 * @param check a ciphertext of a known text, proving the passphrase before any entry is
 * touched
 * @param entries the ciphertext of each key, with the line it was read from
 */
record SecretStoreFile(String salt, String check, SortedMap<String, Entry> entries) {

	static final String FORMAT = "1";

	static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._/-]*");

	private static final Pattern HEX = Pattern.compile("([0-9a-f]{2})+");

	private static final String ENTRY_PREFIX = "secret.";

	private static final String HEADER = """
			# cdcloud secret store: manage it with 'cdcloud secrets put|list|remove', never by hand.
			# Keys are plain; values are AES-256-GCM ciphertexts (Spring Security Crypto, PBKDF2 key).
			""";

	/**
	 * One encrypted value.
	 *
	 * @param ciphertext the hex ciphertext
	 * @param line the line it was read from, 0 when not yet written
	 */
	record Entry(String ciphertext, int line) {
	}

	SecretStoreFile {
		entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
	}

	static Optional<SecretStoreFile> read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw SecretStoreException.ioFailure(file, ex);
		}
		return Optional.of(new Parser(file).parse(lines));
	}

	SecretStoreFile with(String key, String ciphertext) {
		SortedMap<String, Entry> changed = new TreeMap<>(entries);
		changed.put(key, new Entry(ciphertext, 0));
		return new SecretStoreFile(salt, check, changed);
	}

	SecretStoreFile without(String key) {
		SortedMap<String, Entry> changed = new TreeMap<>(entries);
		changed.remove(key);
		return new SecretStoreFile(salt, check, changed);
	}

	/**
	 * Replaces the file atomically: a reader sees the old or the new store, never half of
	 * one, and a crash leaves the old store intact.
	 */
	void write(Path file) {
		Path dir = file.toAbsolutePath().getParent();
		Path temp = null;
		try {
			Files.createDirectories(dir);
			temp = createOwnerOnlyTempFile(dir, file.getFileName().toString());
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(text().getBytes(StandardCharsets.UTF_8)));
				channel.force(true);
			}
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw SecretStoreException.ioFailure(file, ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	private String text() {
		StringBuilder text = new StringBuilder(HEADER);
		text.append("format=").append(FORMAT).append('\n');
		text.append("salt=").append(salt).append('\n');
		text.append("check=").append(check).append('\n');
		for (Map.Entry<String, Entry> entry : entries.entrySet()) {
			text.append(ENTRY_PREFIX)
				.append(entry.getKey())
				.append('=')
				.append(entry.getValue().ciphertext())
				.append('\n');
		}
		return text.toString();
	}

	private static Path createOwnerOnlyTempFile(Path dir, String name) throws IOException {
		if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			EnumSet<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
			return Files.createTempFile(dir, "." + name + ".", ".tmp", PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		return Files.createTempFile(dir, "." + name + ".", ".tmp");
	}

	private static void deleteQuietly(Path temp) {
		if (temp == null) {
			return;
		}
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ex) {
			// a stray temp file must not hide whether the move worked
		}
	}

	/** Reads the lines of one file, reporting the first problem with its line number. */
	private static final class Parser {

		private final Path file;

		private final SortedMap<String, Entry> entries = new TreeMap<>();

		private String format;

		private String salt;

		private String check;

		Parser(Path file) {
			this.file = file;
		}

		SecretStoreFile parse(List<String> lines) {
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (!line.isEmpty() && !line.startsWith("#")) {
					parseLine(line, i + 1);
				}
			}
			if (format == null || salt == null || check == null) {
				throw SecretStoreException.corrupt(file, 0,
						"not a secret store: format, salt and check lines are required");
			}
			return new SecretStoreFile(salt, check, entries);
		}

		private void parseLine(String line, int number) {
			int equals = line.indexOf('=');
			if (equals < 1) {
				throw SecretStoreException.corrupt(file, number, "expected name=value");
			}
			String name = line.substring(0, equals).strip();
			String value = line.substring(equals + 1).strip();
			if (name.startsWith(ENTRY_PREFIX)) {
				parseEntry(name.substring(ENTRY_PREFIX.length()), value, number);
				return;
			}
			switch (name) {
				case "format" -> format = header(name, format, value, number);
				case "salt" -> salt = hex(name, header(name, salt, value, number), number);
				case "check" -> check = hex(name, header(name, check, value, number), number);
				default -> throw SecretStoreException.corrupt(file, number, "unknown setting '" + name + "'");
			}
			if (name.equals("format") && !FORMAT.equals(format)) {
				throw SecretStoreException.corrupt(file, number,
						"unsupported format '" + format + "' (this cdcloud reads format " + FORMAT + ")");
			}
		}

		private void parseEntry(String key, String ciphertext, int number) {
			if (!KEY.matcher(key).matches()) {
				throw SecretStoreException.corrupt(file, number, "a secret store key must match " + KEY);
			}
			if (entries.containsKey(key)) {
				throw SecretStoreException.corrupt(file, number, "duplicate key '" + key + "'");
			}
			entries.put(key, new Entry(hex(key, ciphertext, number), number));
		}

		private String header(String name, String previous, String value, int number) {
			if (previous != null) {
				throw SecretStoreException.corrupt(file, number, "duplicate '" + name + "' line");
			}
			return value;
		}

		private String hex(String name, String value, int number) {
			if (!HEX.matcher(value).matches()) {
				throw SecretStoreException.corrupt(file, number, "the value of '" + name + "' is not lowercase hex");
			}
			return value;
		}

	}

}
