package org.tripleo.cdcloud.secrets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the secrets properties and the {@link SecretResolver}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretsProperties.class)
class SecretsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SecretResolver secretResolver(SecretsProperties properties) {
		return new SecretResolver(properties);
	}

}
