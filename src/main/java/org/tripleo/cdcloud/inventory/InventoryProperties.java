package org.tripleo.cdcloud.inventory;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the service reads the inventory.
 *
 * @param dir the inventory directory with team.yaml, machines.yaml and environments.yaml
 * (default {@code inventory}, relative to the working directory)
 */
@Validated
@ConfigurationProperties("cdcloud.inventory")
public record InventoryProperties(@DefaultValue("inventory") Path dir) {

}
