package org.tripleo.cdcloud.inventory;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the service reads BIOS profiles.
 *
 * @param dir the directory of {@code <profile>.yaml} files (default
 * {@code bios-profiles})
 */
@Validated
@ConfigurationProperties("cdcloud.bios-profiles")
public record BiosProfilesProperties(@DefaultValue("bios-profiles") Path dir) {

}
