package org.tripleo.cdcloud.inventory;

import org.tripleo.cdcloud.secrets.SecretReference;

/**
 * A named BMC login; machines point at it by name so one password change covers many
 * machines.
 *
 * @param name the key under {@code credentials}
 * @param username the BMC user name
 * @param password where the password is kept; never the password itself
 */
public record Credential(String name, String username, SecretReference password) {

}
