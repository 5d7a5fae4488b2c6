package org.tripleo.cdcloud.inventory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A member of the team, with the roles that decide what they may reach.
 *
 * @param id unique login id, {@code [a-z0-9._-]+}
 * @param name display name
 * @param email e-mail address
 * @param roles the roles held
 * @param sshKeys public keys in {@code authorized_keys} format
 */
public record Person(String id, String name, String email, Set<Role> roles, List<String> sshKeys) {

	public Person {
		roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
		sshKeys = List.copyOf(sshKeys);
	}

	/**
	 * Tells whether this person holds a role.
	 * @param role the role
	 * @return true when held
	 */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
