package org.tripleo.cdcloud.secrets;

import java.nio.CharBuffer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * An encrypted local file of secrets, each value encrypted on its own with AES-256-GCM
 * under a key derived from the passphrase and the file's random salt.
 *
 * <p>
 * Every operation reads the file again, so a running service sees what the command line
 * wrote. Writes replace the file atomically with an owner-only (0600) file; two processes
 * writing at the same moment are not coordinated: the last write wins.
 */
public final class SecretStore {

	private static final String CHECK_TEXT = "cdcloud secret store";

	private final Path file;

	private final char[] passphrase;

	private String openedSalt;

	private String openedCheck;

	private TextEncryptor encryptor;

	/**
	 * Creates a store over a file; nothing is read until the first operation.
	 * @param file the store file, which need not exist yet
	 * @param passphrase the passphrase the file is (or will be) encrypted with
	 */
	public SecretStore(Path file, char[] passphrase) {
		this.file = Objects.requireNonNull(file, "file");
		if (passphrase == null || passphrase.length == 0) {
			throw new IllegalArgumentException("the secret store passphrase must not be empty");
		}
		this.passphrase = passphrase.clone();
	}

	public Path file() {
		return file;
	}

	/**
	 * Reads one secret.
	 * @param key the store key
	 * @return the secret, or empty when the key (or the file) does not exist
	 * @throws SecretStoreException on a bad key, a wrong passphrase, a corrupt file or an
	 * I/O failure
	 */
	public synchronized Optional<Secret> get(String key) {
		checkKey(key);
		return SecretStoreFile.read(file).flatMap((content) -> decrypt(content, key));
	}

	/**
	 * Adds or replaces one secret, creating the file if needed.
	 * @param key the store key
	 * @param value the secret
	 * @throws SecretStoreException on a bad key, a wrong passphrase, a corrupt file or an
	 * I/O failure
	 */
	public synchronized void put(String key, Secret value) {
		checkKey(key);
		Objects.requireNonNull(value, "value");
		SecretStoreFile content = SecretStoreFile.read(file).orElseGet(this::newContent);
		String ciphertext = open(content).encrypt(bind(key, value.reveal()));
		content.with(key, ciphertext).write(file);
	}

	/**
	 * Removes one secret.
	 * @param key the store key
	 * @return whether the key existed
	 * @throws SecretStoreException on a bad key, a wrong passphrase, a corrupt file or an
	 * I/O failure
	 */
	public synchronized boolean remove(String key) {
		checkKey(key);
		Optional<SecretStoreFile> content = SecretStoreFile.read(file);
		if (content.isEmpty() || !content.get().entries().containsKey(key)) {
			return false;
		}
		open(content.get());
		content.get().without(key).write(file);
		return true;
	}

	/**
	 * Lists the keys; the passphrase is checked even though keys are not encrypted.
	 * @return the keys in order
	 * @throws SecretStoreException on a wrong passphrase, a corrupt file or an I/O
	 * failure
	 */
	public synchronized SortedSet<String> keys() {
		Optional<SecretStoreFile> content = SecretStoreFile.read(file);
		content.ifPresent(this::open);
		return Collections.unmodifiableSortedSet(
				new TreeSet<>(content.map(SecretStoreFile::entries).map(Map::keySet).orElse(Collections.emptySet())));
	}

	void checkKey(String key) {
		if (key == null || !SecretStoreFile.KEY.matcher(key).matches()) {
			throw SecretStoreException.invalidKey(file, SecretStoreFile.KEY.pattern());
		}
	}

	private SecretStoreFile newContent() {
		String salt = KeyGenerators.string().generateKey();
		String check = encryptor(salt).encrypt(CHECK_TEXT);
		return new SecretStoreFile(salt, check, Collections.emptySortedMap());
	}

	/**
	 * Returns the encryptor of this file's salt once the check value proves the
	 * passphrase.
	 */
	private TextEncryptor open(SecretStoreFile content) {
		if (content.salt().equals(openedSalt) && content.check().equals(openedCheck)) {
			return encryptor;
		}
		TextEncryptor candidate = encryptor(content.salt());
		try {
			if (!CHECK_TEXT.equals(candidate.decrypt(content.check()))) {
				throw SecretStoreException.wrongPassphrase(file, null);
			}
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			// the GCM tag does not verify: another passphrase (or an altered check line)
			throw SecretStoreException.wrongPassphrase(file, ex);
		}
		openedSalt = content.salt();
		openedCheck = content.check();
		encryptor = candidate;
		return candidate;
	}

	private Optional<Secret> decrypt(SecretStoreFile content, String key) {
		SecretStoreFile.Entry entry = content.entries().get(key);
		if (entry == null) {
			return Optional.empty();
		}
		TextEncryptor opened = open(content);
		String plaintext;
		try {
			plaintext = opened.decrypt(entry.ciphertext());
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw SecretStoreException.corrupt(file, entry.line(), "the value of '" + key + "' does not decrypt");
		}
		String prefix = bind(key, "");
		if (!plaintext.startsWith(prefix)) {
			throw SecretStoreException.corrupt(file, entry.line(), "the value of '" + key + "' belongs to another key");
		}
		return Optional.of(Secret.of(plaintext.substring(prefix.length())));
	}

	/**
	 * Puts the key inside the encrypted text, so a ciphertext moved to another key's line
	 * is detected instead of silently returned.
	 */
	private static String bind(String key, String value) {
		return key + '\n' + value;
	}

	private TextEncryptor encryptor(String salt) {
		// delux = Encryptors.stronger (AES-256-GCM, PBKDF2) with hex-encoded text
		return Encryptors.delux(CharBuffer.wrap(passphrase), salt);
	}

}
