package org.tripleo.cdcloud.team;

import java.util.List;

import org.tripleo.cdcloud.inventory.Person;

/**
 * Keeps the undercloud's keypairs in line with the cd-admins' SSH keys, so that access
 * takes effect without anyone syncing keys by hand.
 */
public interface UndercloudKeypairs {

	/**
	 * Rebuilds the keypairs that carry the admins' keys (the seed's {@code admin/default}
	 * and whatever scheme the implementation documents). Idempotent: a second call with
	 * the same admins changes nothing.
	 * @param admins every current cd-admin, with their keys
	 * @return what changed
	 * @throws RuntimeException a capability exception of the implementation when the
	 * undercloud cannot be reached or refuses; callers retry
	 */
	ChangeReport syncAdminKeypairs(List<Person> admins);

}
