package org.tripleo.cdcloud.team;

import org.tripleo.cdcloud.inventory.Person;

/**
 * Undercloud API credentials of the cd-admins: set up on joining, removed on leaving.
 */
public interface UndercloudAccounts {

	/**
	 * Gives a person API access to the undercloud (a user with the configured role on the
	 * undercloud project). Idempotent.
	 * @param admin the person who became a cd-admin
	 * @return what changed
	 * @throws RuntimeException a capability exception of the implementation; callers
	 * retry
	 */
	ChangeReport grantApiAccess(Person admin);

	/**
	 * Disables a person's undercloud user and revokes their credentials. Idempotent; a
	 * person who never had access is not an error.
	 * @param personId the login name
	 * @return what changed
	 * @throws RuntimeException a capability exception of the implementation; callers
	 * retry
	 */
	ChangeReport revokeApiAccess(String personId);

}
