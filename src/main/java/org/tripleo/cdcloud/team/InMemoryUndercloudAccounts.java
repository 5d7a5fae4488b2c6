package org.tripleo.cdcloud.team;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.tripleo.cdcloud.inventory.Person;

/**
 * Undercloud API users kept in memory, for a service without an undercloud
 * ({@code cdcloud.undercloud.cloud} unset).
 */
class InMemoryUndercloudAccounts implements UndercloudAccounts {

	private final Set<String> enabled = ConcurrentHashMap.newKeySet();

	@Override
	public ChangeReport grantApiAccess(Person admin) {
		return enabled.add(admin.id())
				? new ChangeReport(
						List.of("undercloud user " + admin.id() + " enabled with the admin role (in memory)"))
				: ChangeReport.unchanged();
	}

	@Override
	public ChangeReport revokeApiAccess(String personId) {
		return enabled.remove(personId)
				? new ChangeReport(List.of("undercloud user " + personId + " disabled (in memory)"))
				: ChangeReport.unchanged();
	}

	boolean hasApiAccess(String personId) {
		return enabled.contains(personId);
	}

}
