package org.tripleo.cdcloud.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.tripleo.cdcloud.inventory.Channel;
import org.tripleo.cdcloud.inventory.Environment;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.Person;

/**
 * authorized_keys kept in memory per machine, for a service without the fleet
 * ({@code cdcloud.fleet.enabled} not true): the keys of the live team's people whom the
 * SSH access rules let onto each machine.
 */
class InMemoryMachineAccess implements MachineAccess {

	private final Inventory inventory;

	private final TeamService team;

	private final Map<String, List<String>> authorizedKeys = new ConcurrentHashMap<>();

	InMemoryMachineAccess(Inventory inventory, TeamService team) {
		this.inventory = inventory;
		this.team = team;
	}

	@Override
	public synchronized ChangeReport syncAuthorizedKeys() {
		List<Person> people = team.people();
		List<String> changes = new ArrayList<>();
		for (Machine machine : inventory.machines()) {
			List<String> wanted = people.stream()
				.filter((person) -> mayLogIn(person, machine))
				.flatMap((person) -> person.sshKeys().stream())
				.distinct()
				.toList();
			if (!wanted.equals(authorizedKeys.get(machine.name()))) {
				authorizedKeys.put(machine.name(), wanted);
				changes.add(machine.name() + ": authorized_keys now holds " + wanted.size() + " keys (in memory)");
			}
		}
		return new ChangeReport(changes);
	}

	private boolean mayLogIn(Person person, Machine machine) {
		return inventory.environments()
			.stream()
			.filter((environment) -> environment.machineRoles().contains(machine.role()))
			.map((environment) -> environment.access(Channel.SSH))
			.anyMatch((rule) -> rule.isPresent() && rule.get().matches(person.roles()));
	}

	List<String> authorizedKeys(String machine) {
		return authorizedKeys.getOrDefault(machine, List.of());
	}

}
