package org.tripleo.cdcloud.secrets;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the encrypted secret store is and how its passphrase is supplied.
 *
 * @param storeFile the encrypted secret store file
 * @param passphraseVariable the environment variable holding the store passphrase
 */
@ConfigurationProperties("cdcloud.secrets")
@Validated
public record SecretsProperties(@DefaultValue("data/secrets.store") @NotNull Path storeFile,
		@DefaultValue("CDCLOUD_SECRETS_PASSPHRASE") @NotBlank @Pattern(regexp = ENV_NAME) String passphraseVariable) {

	private static final String ENV_NAME = "[A-Z_][A-Z0-9_]*";

}
