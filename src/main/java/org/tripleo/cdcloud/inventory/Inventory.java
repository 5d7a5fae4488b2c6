package org.tripleo.cdcloud.inventory;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated inventory: team, machines, environments and BIOS profiles, as loaded by
 * {@link InventoryLoader}. Maps and lists keep file order.
 *
 * @param inventoryDir the directory holding the three inventory files
 * @param biosProfilesDir the directory holding the BIOS profiles
 * @param deployRange the overcloud's address range
 * @param hardwareProfiles hardware profiles by name
 * @param credentials BMC credentials by name
 * @param machines every machine
 * @param people every team member
 * @param environments every environment
 * @param biosProfiles BIOS profiles by name
 */
public record Inventory(Path inventoryDir, Path biosProfilesDir, DeployRange deployRange,
		Map<String, HardwareProfile> hardwareProfiles, Map<String, Credential> credentials, List<Machine> machines,
		List<Person> people, List<Environment> environments, Map<String, BiosProfile> biosProfiles) {

	public Inventory {
		hardwareProfiles = Collections.unmodifiableMap(new LinkedHashMap<>(hardwareProfiles));
		credentials = Collections.unmodifiableMap(new LinkedHashMap<>(credentials));
		machines = List.copyOf(machines);
		people = List.copyOf(people);
		environments = List.copyOf(environments);
		biosProfiles = Collections.unmodifiableMap(new LinkedHashMap<>(biosProfiles));
	}

	/**
	 * Finds a machine by name.
	 * @param name the machine name
	 * @return the machine, or empty
	 */
	public Optional<Machine> machine(String name) {
		return this.machines.stream().filter((machine) -> machine.name().equals(name)).findFirst();
	}

	/**
	 * Returns the machines with a role, in file order.
	 * @param role the role
	 * @return the machines, possibly none
	 */
	public List<Machine> machines(MachineRole role) {
		return this.machines.stream().filter((machine) -> machine.role() == role).toList();
	}

	/**
	 * Finds a team member by id.
	 * @param id the person id
	 * @return the person, or empty
	 */
	public Optional<Person> person(String id) {
		return this.people.stream().filter((person) -> person.id().equals(id)).findFirst();
	}

	/**
	 * Finds an environment by id.
	 * @param id the environment id
	 * @return the environment, or empty
	 */
	public Optional<Environment> environment(String id) {
		return this.environments.stream().filter((environment) -> environment.id().equals(id)).findFirst();
	}

}
