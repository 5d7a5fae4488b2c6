package org.tripleo.cdcloud.undercloud;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.team.UndercloudAccounts;
import org.tripleo.cdcloud.team.UndercloudKeypairs;

/**
 * The undercloud's beans. {@link Undercloud} and {@link BareMetal} always exist (they
 * read clouds.yaml only when an operation runs); the real {@link UndercloudKeypairs} and
 * {@link UndercloudAccounts} exist only when {@code cdcloud.undercloud.cloud} is set, so
 * the in-memory ones of the demo and tests are used otherwise.
 */
@Configuration(proxyBeanMethods = false)
class UndercloudConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Undercloud undercloud(UndercloudProperties properties, SecretResolver secrets) {
		return new Undercloud(properties, secrets, System::getenv, Path.of(System.getProperty("user.home")));
	}

	@Bean
	@ConditionalOnMissingBean
	BareMetal bareMetal(Undercloud undercloud, SecretResolver secrets) {
		return new BareMetal(undercloud, secrets);
	}

	@Bean
	@ConditionalOnProperty(prefix = "cdcloud.undercloud", name = "cloud")
	UndercloudKeypairs novaKeypairs(Undercloud undercloud) {
		return new NovaKeypairs(undercloud);
	}

	@Bean
	@ConditionalOnProperty(prefix = "cdcloud.undercloud", name = "cloud")
	UndercloudAccounts keystoneAccounts(Undercloud undercloud) {
		return new KeystoneAccounts(undercloud);
	}

}
