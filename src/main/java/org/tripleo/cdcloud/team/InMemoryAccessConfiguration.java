package org.tripleo.cdcloud.team;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tripleo.cdcloud.inventory.Inventory;

/**
 * In-memory access seams for a service without an undercloud or a fleet: the processes
 * run end to end and record what they would change. The real clients take over when
 * {@code cdcloud.undercloud.cloud} is set or {@code cdcloud.fleet.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
class InMemoryAccessConfiguration {

	private static final Logger log = LoggerFactory.getLogger(InMemoryAccessConfiguration.class);

	private static final String NO_UNDERCLOUD = "'${cdcloud.undercloud.cloud:}'.isEmpty()";

	@Bean
	@ConditionalOnExpression(NO_UNDERCLOUD)
	InMemoryUndercloudKeypairs inMemoryUndercloudKeypairs() {
		log.warn("TEAM-030 no undercloud configured (cdcloud.undercloud.cloud): admin keypairs are kept in memory");
		return new InMemoryUndercloudKeypairs();
	}

	@Bean
	@ConditionalOnExpression(NO_UNDERCLOUD)
	InMemoryUndercloudAccounts inMemoryUndercloudAccounts() {
		log.warn("TEAM-031 no undercloud configured (cdcloud.undercloud.cloud): API accounts are kept in memory");
		return new InMemoryUndercloudAccounts();
	}

	@Bean
	@ConditionalOnExpression("!'${cdcloud.fleet.enabled:false}'.equalsIgnoreCase('true')")
	InMemoryMachineAccess inMemoryMachineAccess(Inventory inventory, TeamService team) {
		log.warn("TEAM-032 fleet not enabled (cdcloud.fleet.enabled): authorized_keys are kept in memory");
		return new InMemoryMachineAccess(inventory, team);
	}

}
