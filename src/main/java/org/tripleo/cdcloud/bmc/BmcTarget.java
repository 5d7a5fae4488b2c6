package org.tripleo.cdcloud.bmc;

import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.secrets.Secret;

/**
 * One machine's BMC with its credentials resolved: what every interface method works on.
 *
 * @param machine the machine name
 * @param bmc how to reach the BMC
 * @param username the BMC login, or null for {@code fake}
 * @param password the BMC password, or null for {@code fake}; prints as {@code ******}
 */
public record BmcTarget(String machine, Bmc bmc, String username, Secret password) {

	@Override
	public String toString() {
		return machine;
	}

}
