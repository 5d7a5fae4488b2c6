package org.tripleo.cdcloud.fleet;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.MachineRole;

/**
 * Which machines a job runs on, from its parameters: {@code hosts=a,b} (names),
 * {@code role=overcloud}, or every machine when neither is given.
 */
final class HostSelection {

	static final String HOSTS = "hosts";

	static final String ROLE = "role";

	private HostSelection() {
	}

	/**
	 * Resolves the selection.
	 * @param inventory the inventory
	 * @param parameters the job parameters
	 * @return the machines, in inventory order (names: in the order given)
	 * @throws FleetException if a name or role is unknown or nothing is selected
	 */
	static List<Machine> resolve(Inventory inventory, Map<String, String> parameters) {
		List<Machine> machines;
		if (parameters.get(HOSTS) != null) {
			machines = Arrays.stream(parameters.get(HOSTS).split(","))
				.map(String::strip)
				.filter((name) -> !name.isEmpty())
				.map((name) -> inventory.machine(name)
					.orElseThrow(() -> FleetException.invalid("no machine '" + name + "' in the inventory")))
				.toList();
		}
		else if (parameters.get(ROLE) != null) {
			MachineRole role = MachineRole.fromId(parameters.get(ROLE))
				.orElseThrow(() -> FleetException.invalid("no machine role '" + parameters.get(ROLE) + "'"));
			machines = inventory.machines(role);
		}
		else {
			machines = inventory.machines();
		}
		if (machines.isEmpty()) {
			throw FleetException.invalid("the host selection is empty");
		}
		return machines;
	}

}
