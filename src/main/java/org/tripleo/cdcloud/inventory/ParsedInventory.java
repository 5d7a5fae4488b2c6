package org.tripleo.cdcloud.inventory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything read from the inventory files, before the semantic rules ran; elements keep
 * their file and path, and fields that could not be read are null.
 *
 * @param teamFile {@code team.yaml}
 * @param people the team
 * @param machinesFile what {@code machines.yaml} holds
 * @param environments the environments
 * @param biosProfiles the BIOS profiles that could be read
 * @param biosProfileNames the base names of every BIOS profile file, readable or not
 */
record ParsedInventory(YamlFile teamFile, List<Located<Person>> people, MachinesFile machinesFile,
		List<Located<Environment>> environments, List<Located<BiosProfile>> biosProfiles,
		Set<String> biosProfileNames) {

	List<Located<Machine>> machines() {
		return this.machinesFile.machines();
	}

	List<Located<Credential>> credentials() {
		return this.machinesFile.credentials();
	}

	List<Located<HardwareProfile>> hardwareProfiles() {
		return this.machinesFile.hardwareProfiles();
	}

	Located<DeployRange> deployRange() {
		return this.machinesFile.deployRange();
	}

	Set<String> hardwareProfileNames() {
		return hardwareProfiles().stream().map((p) -> p.value().name()).collect(Collectors.toSet());
	}

	Set<String> credentialNames() {
		return credentials().stream().map((c) -> c.value().name()).collect(Collectors.toSet());
	}

	/**
	 * Builds the public model; only called when no violation was found.
	 * @param inventoryDir the inventory directory
	 * @param biosProfilesDir the BIOS profiles directory
	 * @return the inventory
	 */
	Inventory toInventory(Path inventoryDir, Path biosProfilesDir) {
		return new Inventory(inventoryDir, biosProfilesDir, deployRange().value(),
				byName(hardwareProfiles(), HardwareProfile::name), byName(credentials(), Credential::name),
				values(machines()), values(this.people), values(this.environments),
				byName(this.biosProfiles, BiosProfile::name));
	}

	private static <T> List<T> values(List<Located<T>> located) {
		return located.stream().map(Located::value).toList();
	}

	private static <T> Map<String, T> byName(List<Located<T>> located, Function<T, String> name) {
		Map<String, T> map = new LinkedHashMap<>();
		located.forEach((element) -> map.put(name.apply(element.value()), element.value()));
		return map;
	}

	/**
	 * What {@code machines.yaml} holds.
	 *
	 * @param deployRange the deploy range, or null when missing
	 * @param hardwareProfiles the hardware profiles
	 * @param credentials the BMC credentials
	 * @param machines the machines
	 */
	record MachinesFile(Located<DeployRange> deployRange, List<Located<HardwareProfile>> hardwareProfiles,
			List<Located<Credential>> credentials, List<Located<Machine>> machines) {

		static final MachinesFile EMPTY = new MachinesFile(null, List.of(), List.of(), List.of());

	}

}
