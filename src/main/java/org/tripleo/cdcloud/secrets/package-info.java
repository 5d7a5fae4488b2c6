/**
 * Secrets: BMC passwords, undercloud passwords and login password hashes, kept out of the
 * inventory.
 *
 * <h2>References</h2> The inventory never holds a secret, only a {@link SecretReference}:
 * <ul>
 * <li>{@code env:NAME} reads the environment variable {@code NAME} of the cdcloud process
 * ({@code [A-Z_][A-Z0-9_]*}; an empty variable counts as unset);</li>
 * <li>{@code store:KEY} reads {@code KEY} from the encrypted secret store
 * ({@code [a-z0-9][a-z0-9._/-]*}, e.g. {@code bmc/seed-vm-host}, {@code login/<personId>}
 * for bcrypt hashes of login passwords).</li>
 * </ul>
 * {@link SecretResolver} resolves them; a missing one raises
 * {@link SecretNotFoundException}, whose message names the reference and never a value.
 * {@link Secret} prints as {@code ******}.
 *
 * <h2>Store file</h2> The file is {@code cdcloud.secrets.store-file} (default
 * {@code data/secrets.store}), a UTF-8 text file with owner-only (0600) permissions,
 * replaced atomically on every change:
 *
 * <pre>
 * # comment lines
 * format=1
 * salt=&lt;random hex salt of this file&gt;
 * check=&lt;ciphertext of a known text: proves the passphrase&gt;
 * secret.bmc/seed-vm-host=&lt;hex ciphertext&gt;
 * </pre>
 *
 * Keys are plain text; each value is encrypted on its own with Spring Security Crypto
 * ({@code Encryptors.stronger}: AES-256-GCM, key derived with PBKDF2 from the passphrase
 * and the salt), together with its key so that values cannot be swapped between lines. A
 * missing file is an empty store; a wrong passphrase or a corrupt line raises
 * {@link SecretStoreException} naming the file (and line), never the passphrase.
 *
 * <h2>Passphrase</h2> The passphrase comes from the environment variable named by
 * {@code cdcloud.secrets.passphrase-variable} (default
 * {@code CDCLOUD_SECRETS_PASSPHRASE}), read when the first {@code store:} reference is
 * resolved. It is never written to a file or a log. Losing it loses the store.
 *
 * <h2>Adding a secret</h2>
 *
 * <pre>
 * export CDCLOUD_SECRETS_PASSPHRASE=...          # e.g. from the team's password manager
 * java -jar cdcloud.jar secrets put bmc/seed-vm-host         # type the value, not echoed
 * java -jar cdcloud.jar secrets put --bcrypt login/alice     # stores the bcrypt hash only
 * java -jar cdcloud.jar secrets list
 * java -jar cdcloud.jar secrets remove bmc/old-host
 * </pre>
 *
 * then write {@code store:bmc/seed-vm-host} in the inventory. Exit codes: 0 done, 2 bad
 * input (key, value, passphrase), 1 other failure.
 */
package org.tripleo.cdcloud.secrets;
