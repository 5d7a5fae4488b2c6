package org.tripleo.cdcloud.inventory;

import java.net.URI;

/**
 * How to reach a machine's baseboard management controller.
 *
 * @param driver the protocol(s) to use
 * @param address the IPMI address (IPv4), or null when the driver does not use IPMI
 * @param port the IPMI UDP port, or null for the protocol default (623); the Redfish port
 * is part of {@code redfishUrl}
 * @param redfishUrl the https root of the Redfish service, or null when the driver does
 * not use Redfish
 * @param credentials the name of an entry under {@code credentials}, or null for
 * {@code fake}
 */
public record Bmc(BmcDriver driver, String address, Integer port, URI redfishUrl, String credentials) {

}
