package org.tripleo.cdcloud.team;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tripleo.cdcloud.inventory.Role;

/**
 * Changes the live team: the team store and, in the same transaction, the engine's
 * identity, so Tasklist, Cockpit and logins follow at once.
 */
@Component
class TeamChanges {

	private final TeamStore store;

	private final CamundaIdentitySync identity;

	TeamChanges(TeamStore store, CamundaIdentitySync identity) {
		this.store = store;
		this.identity = identity;
	}

	/**
	 * Makes a person a cd-admin with an additional SSH key. Idempotent.
	 * @param personId the login name
	 * @param sshKey an authorized_keys line, or null for none
	 * @return what changed
	 */
	@Transactional
	ChangeReport grantCdAdmin(String personId, String sshKey) {
		List<String> changes = new ArrayList<>();
		if (sshKey != null && store.addKey(personId, sshKey)) {
			changes.add("added an ssh key to " + personId);
		}
		if (store.addRole(personId, Role.CD_ADMIN)) {
			changes.add(personId + " became cd-admin");
		}
		follow(personId);
		return new ChangeReport(changes);
	}

	/**
	 * Takes the cd-admin role from a person. Idempotent.
	 * @param personId the login name
	 * @return what changed
	 */
	@Transactional
	ChangeReport revokeCdAdmin(String personId) {
		List<String> changes = new ArrayList<>();
		if (store.removeRole(personId, Role.CD_ADMIN)) {
			changes.add(personId + " is no longer cd-admin");
		}
		follow(personId);
		return new ChangeReport(changes);
	}

	private void follow(String personId) {
		identity.follow(store.person(personId).orElseThrow(() -> new UnknownPersonException(personId)));
	}

}
