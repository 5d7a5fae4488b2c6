package org.tripleo.cdcloud.inventory;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A role expression names a role that does not exist.
 */
public class UnknownRoleException extends RoleExpressionException {

	private final String role;

	public UnknownRoleException(int column, String role) {
		super(column, "unknown role '" + role + "'; roles are " + knownRoles());
		this.role = role;
	}

	/**
	 * Returns the unknown name as written.
	 * @return the name
	 */
	public String role() {
		return this.role;
	}

	private static String knownRoles() {
		return Arrays.stream(Role.values()).map(Role::id).collect(Collectors.joining(", "));
	}

}
