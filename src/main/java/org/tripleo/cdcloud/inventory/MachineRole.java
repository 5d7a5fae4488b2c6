package org.tripleo.cdcloud.inventory;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a machine is used for in the TripleO deployment.
 */
public enum MachineRole {

	/** Bare-metal host running the seed VM. */
	SEED_VM_HOST("seed-vm-host"),
	/** The seed VM, which deploys the undercloud. */
	SEED("seed"),
	/** The undercloud, which deploys the overcloud. */
	UNDERCLOUD("undercloud"),
	/** A bare-metal node of the overcloud, provisioned from the deploy range. */
	OVERCLOUD("overcloud");

	private final String id;

	MachineRole(String id) {
		this.id = id;
	}

	/**
	 * Returns the id used in YAML files.
	 * @return the id, e.g. {@code seed-vm-host}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Looks a machine role up by its YAML id.
	 * @param id the id, case-sensitive
	 * @return the role, or empty when the id is unknown
	 */
	public static Optional<MachineRole> fromId(String id) {
		return Arrays.stream(values()).filter((role) -> role.id.equals(id)).findFirst();
	}

}
