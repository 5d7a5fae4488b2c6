package org.tripleo.cdcloud.bmc;

/**
 * A boot device override.
 *
 * @param device where the machine boots from
 * @param persistent true for every boot, false for the next boot only
 */
public record BootSetting(BootDevice device, boolean persistent) {

}
