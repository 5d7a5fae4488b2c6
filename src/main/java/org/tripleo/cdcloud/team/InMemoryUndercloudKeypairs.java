package org.tripleo.cdcloud.team;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.tripleo.cdcloud.inventory.Person;

/**
 * Keypairs kept in memory, for a service without an undercloud
 * ({@code cdcloud.undercloud.cloud} unset): {@code admin/default} holds every admin key.
 */
class InMemoryUndercloudKeypairs implements UndercloudKeypairs {

	static final String ADMIN_DEFAULT = "admin/default";

	private final Map<String, List<String>> keypairs = new ConcurrentHashMap<>();

	@Override
	public synchronized ChangeReport syncAdminKeypairs(List<Person> admins) {
		List<String> keys = admins.stream().flatMap((admin) -> admin.sshKeys().stream()).distinct().toList();
		if (keys.equals(keypairs.get(ADMIN_DEFAULT))) {
			return ChangeReport.unchanged();
		}
		keypairs.put(ADMIN_DEFAULT, keys);
		return new ChangeReport(List.of("rebuilt keypair " + ADMIN_DEFAULT + " (in memory) with " + keys.size()
				+ " keys of " + admins.size() + " admins"));
	}

	List<String> keys(String keypair) {
		return keypairs.getOrDefault(keypair, List.of());
	}

}
