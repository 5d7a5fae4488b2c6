package org.tripleo.cdcloud.secrets;

import java.nio.file.Path;

import org.springframework.http.HttpStatus;

/**
 * The secret store cannot be used: a bad key, a missing or wrong passphrase, a corrupt
 * file or an I/O failure. The message names the file (and line), never a value or the
 * passphrase.
 */
public class SecretStoreException extends SecretsException {

	/** Why the store failed; each reason has a stable code. */
	public enum Reason {

		/** A key does not match the store-key syntax. */
		INVALID_KEY("SECRETS-001", HttpStatus.BAD_REQUEST, 2),
		/** The passphrase variable is not set. */
		PASSPHRASE_NOT_SET("SECRETS-002", HttpStatus.INTERNAL_SERVER_ERROR, 2),
		/** The passphrase does not decrypt the store. */
		WRONG_PASSPHRASE("SECRETS-003", HttpStatus.INTERNAL_SERVER_ERROR, 2),
		/** The file is not a valid store. */
		CORRUPT("SECRETS-004", HttpStatus.INTERNAL_SERVER_ERROR, 1),
		/** Reading or writing the file failed. */
		IO_FAILURE("SECRETS-005", HttpStatus.INTERNAL_SERVER_ERROR, 1);

		private final String code;

		private final HttpStatus status;

		private final int exitCode;

		Reason(String code, HttpStatus status, int exitCode) {
			this.code = code;
			this.status = status;
			this.exitCode = exitCode;
		}

	}

	private final Reason reason;

	private final Path file;

	private final int line;

	SecretStoreException(Reason reason, Path file, int line, String detail, Throwable cause) {
		super(reason.code, location(file, line) + ": " + detail, reason.status, reason.exitCode, cause);
		this.reason = reason;
		this.file = file;
		this.line = line;
	}

	static SecretStoreException invalidKey(Path file, String rule) {
		return new SecretStoreException(Reason.INVALID_KEY, file, 0, "a secret store key must match " + rule, null);
	}

	static SecretStoreException passphraseNotSet(Path file, String variable) {
		return new SecretStoreException(Reason.PASSPHRASE_NOT_SET, file, 0,
				"set the environment variable " + variable + " to the passphrase of this secret store", null);
	}

	static SecretStoreException wrongPassphrase(Path file, Throwable cause) {
		return new SecretStoreException(Reason.WRONG_PASSPHRASE, file, 0,
				"the passphrase does not open this secret store (AES-GCM authentication failed)", cause);
	}

	static SecretStoreException corrupt(Path file, int line, String detail) {
		return new SecretStoreException(Reason.CORRUPT, file, line, detail, null);
	}

	static SecretStoreException ioFailure(Path file, Exception cause) {
		return new SecretStoreException(Reason.IO_FAILURE, file, 0, "cannot read or write the secret store: " + cause,
				cause);
	}

	public Reason reason() {
		return reason;
	}

	public Path file() {
		return file;
	}

	/**
	 * The 1-based line of the file at fault.
	 * @return the line, or 0 when the error is not about one line
	 */
	public int line() {
		return line;
	}

	private static String location(Path file, int line) {
		return (line > 0) ? file + ":" + line : String.valueOf(file);
	}

}
