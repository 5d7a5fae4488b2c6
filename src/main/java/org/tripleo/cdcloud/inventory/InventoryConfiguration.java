package org.tripleo.cdcloud.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates the inventory once at start-up; an invalid inventory stops the
 * service before it serves anything.
 */
@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(InventoryConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	Inventory inventory(InventoryProperties inventory, BiosProfilesProperties biosProfiles) {
		Inventory loaded = new InventoryLoader(inventory.dir(), biosProfiles.dir()).load();
		log.info("INV-001 inventory {} loaded: {} machines, {} people, {} environments, {} BIOS profiles",
				inventory.dir().toAbsolutePath(), loaded.machines().size(), loaded.people().size(),
				loaded.environments().size(), loaded.biosProfiles().size());
		return loaded;
	}

}
