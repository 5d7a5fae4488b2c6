package org.tripleo.cdcloud.team;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.secrets.SecretReference;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretsException;

/**
 * Finds the password hash a person logs in with: the demo password for everyone in the
 * {@code demo} profile, else the bcrypt hash kept in the secret store.
 */
@Component
class LoginPasswords {

	private static final Logger log = LoggerFactory.getLogger(LoginPasswords.class);

	private final SecretResolver secrets;

	private final String keyPrefix;

	private final String demoHash;

	LoginPasswords(LoginProperties properties, SecretResolver secrets, PasswordEncoder encoder) {
		this.secrets = secrets;
		this.keyPrefix = properties.passwordKeyPrefix();
		String demo = properties.demoPassword();
		this.demoHash = (demo != null && !demo.isBlank()) ? encoder.encode(demo) : null;
		if (demoHash != null) {
			log.warn("""

					*******************************************************************************
					* LOGIN-001 DEMO MODE: every person of team.yaml logs in with the demo password *
					* (CDCLOUD_DEMO_PASSWORD, default 'demo'). Never run the demo profile in        *
					* production.                                                                   *
					*******************************************************************************""");
		}
	}

	/**
	 * The encoded password of a person, if one is set.
	 * @param personId the login name
	 * @return the hash, or empty when the person cannot log in
	 */
	Optional<String> hashOf(String personId) {
		if (demoHash != null) {
			return Optional.of(demoHash);
		}
		SecretReference reference = new SecretReference(SecretReference.Scheme.STORE, keyPrefix + personId);
		try {
			return Optional.of(secrets.resolve(reference).reveal());
		}
		catch (SecretsException ex) {
			log.warn("LOGIN-002 {} cannot log in: {}", personId, ex.getMessage());
			return Optional.empty();
		}
	}

}
