package org.tripleo.cdcloud.inventory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tripleo.cdcloud.inventory.MappingReader.Item;

/**
 * Reads {@code team.yaml}: {@code people: [{id, name, email, roles, ssh-keys}]}.
 */
final class TeamParser {

	private TeamParser() {
	}

	static List<Located<Person>> parse(YamlFile file, Violations out) {
		MappingReader root = file.usable() ? MappingReader.root(file, out) : null;
		if (root == null) {
			return List.of();
		}
		root.only("people");
		List<Located<Person>> people = new ArrayList<>();
		for (Item item : root.list("people", true)) {
			MappingReader person = root.child(item);
			if (person != null) {
				people.add(new Located<>(file, item.path(), person(person)));
			}
		}
		return people;
	}

	private static Person person(MappingReader person) {
		person.only("id", "name", "email", "roles", "ssh-keys");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		// Unknown role ids are left out here and reported by TEAM-ROLE.
		person.strings("roles", true).stream().map(Role::fromId).flatMap(Optional::stream).forEach(roles::add);
		return new Person(person.string("id", true), person.string("name", true), person.string("email", true), roles,
				person.strings("ssh-keys", false));
	}

}
