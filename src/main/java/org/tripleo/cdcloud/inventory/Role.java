package org.tripleo.cdcloud.inventory;

import java.util.Arrays;
import java.util.Optional;

/**
 * A role a team member holds; access expressions in {@code environments.yaml} are written
 * over these.
 */
public enum Role {

	/** Active technical contributor. */
	ATC("atc"),
	/** Administrator of the continuous-deployment cloud. */
	CD_ADMIN("cd-admin"),
	/** Project technical lead; exactly one per team. */
	PTL("ptl"),
	/** Employee of the company hosting the hardware. */
	HP_EMPLOYEE("hp-employee");

	private final String id;

	Role(String id) {
		this.id = id;
	}

	/**
	 * Returns the id used in YAML files.
	 * @return the id, e.g. {@code cd-admin}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Looks a role up by its YAML id.
	 * @param id the id, case-sensitive
	 * @return the role, or empty when the id is unknown
	 */
	public static Optional<Role> fromId(String id) {
		return Arrays.stream(values()).filter((role) -> role.id.equals(id)).findFirst();
	}

}
