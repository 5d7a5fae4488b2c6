package org.tripleo.cdcloud.team;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

/**
 * The admin team: who is in it and with which roles, read from the live team store in the
 * database.
 */
@Service
public class TeamService {

	private final TeamStore store;

	TeamService(TeamStore store) {
		this.store = store;
	}

	/**
	 * Lists the team in the order people joined it (team.yaml's order first).
	 * @return every person
	 */
	public List<Person> people() {
		return store.people();
	}

	/**
	 * Finds a person by login name.
	 * @param personId the login name
	 * @return the person
	 * @throws UnknownPersonException if nobody has that id
	 */
	public Person person(String personId) {
		return store.person(personId).orElseThrow(() -> new UnknownPersonException(personId));
	}

	/**
	 * Lists the people who hold a role.
	 * @param role the role
	 * @return the people with that role, in team order
	 */
	public List<Person> withRole(Role role) {
		return people().stream().filter((person) -> person.has(role)).toList();
	}

	/**
	 * The roles of a person, or none when the id is unknown.
	 * @param personId the login name
	 * @return the roles
	 */
	Set<Role> rolesOf(String personId) {
		return store.person(personId).map(Person::roles).orElse(Set.of());
	}

}
