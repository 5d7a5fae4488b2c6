package org.tripleo.cdcloud.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tripleo.cdcloud.ssh.SshPublicKey;

/**
 * The rules of {@code team.yaml}.
 */
final class TeamRules {

	private static final Pattern ID = Pattern.compile("[a-z0-9._-]+");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	private TeamRules() {
	}

	static List<InventoryRule> all() {
		return List.of(new PersonIdRule(), new PersonIdUniqueRule(), new EmailRule(), new PersonRoleRule(),
				new SinglePtlRule(), new AdminIsAtcRule(), new SshKeyRule(), new SshKeyUniqueRule());
	}

	static final class PersonIdRule extends InventoryRule {

		PersonIdRule() {
			super("TEAM-ID", "a person's id must match [a-z0-9._-]+");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Person> person : inventory.people()) {
				String id = person.value().id();
				if (id != null && !ID.matcher(id).matches()) {
					out.add(person, ".id", this, "must match " + ID + ", not '" + id + "'");
				}
			}
		}

	}

	static final class PersonIdUniqueRule extends InventoryRule {

		PersonIdUniqueRule() {
			super("TEAM-ID-UNIQUE", "no two people may share an id");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Map<String, String> seen = new HashMap<>();
			for (Located<Person> person : inventory.people()) {
				String id = person.value().id();
				String first = (id != null) ? seen.putIfAbsent(id, person.path()) : null;
				if (first != null) {
					out.add(person, ".id", this, "id '" + id + "' is already used by " + first);
				}
			}
		}

	}

	static final class EmailRule extends InventoryRule {

		EmailRule() {
			super("TEAM-EMAIL", "email must be a well-formed address, user@domain.tld");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Person> person : inventory.people()) {
				String email = person.value().email();
				if (email != null && !EMAIL.matcher(email).matches()) {
					out.add(person, ".email", this, "must be a well-formed e-mail address, not '" + email + "'");
				}
			}
		}

	}

	static final class PersonRoleRule extends InventoryRule {

		PersonRoleRule() {
			super("TEAM-ROLE", "every role must be one of atc, cd-admin, ptl, hp-employee");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Person> person : inventory.people()) {
				for (Located<String> role : person.items(".roles")) {
					if (Role.fromId(role.value()).isEmpty()) {
						out.add(role, "", this,
								"unknown role '" + role.value() + "'; roles are atc, cd-admin, ptl, " + "hp-employee");
					}
				}
			}
		}

	}

	static final class SinglePtlRule extends InventoryRule {

		SinglePtlRule() {
			super("TEAM-PTL", "exactly one person must have the role ptl");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			List<Located<Person>> ptls = inventory.people().stream().filter((p) -> p.value().has(Role.PTL)).toList();
			if (ptls.isEmpty() && inventory.teamFile().usable()) {
				out.add(inventory.teamFile(), "people", this, "exactly one person must be ptl; nobody is");
			}
			for (Located<Person> extra : ptls.subList(Math.min(1, ptls.size()), ptls.size())) {
				out.add(extra, ".roles", this, "exactly one person must be ptl; " + ptls.get(0).path() + " already is");
			}
		}

	}

	static final class AdminIsAtcRule extends InventoryRule {

		AdminIsAtcRule() {
			super("TEAM-ADMIN-ATC", "a cd-admin must also be atc");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Person> person : inventory.people()) {
				if (person.value().has(Role.CD_ADMIN) && !person.value().has(Role.ATC)) {
					out.add(person, ".roles", this, "a cd-admin must also be atc");
				}
			}
		}

	}

	static final class SshKeyRule extends InventoryRule {

		SshKeyRule() {
			super("TEAM-KEY",
					"every ssh key must parse and be ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa of 2048+ bits");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Person> person : inventory.people()) {
				for (Located<String> key : person.items(".ssh-keys")) {
					try {
						SshPublicKey.parse(key.value());
					}
					catch (IllegalArgumentException ex) {
						out.add(key, "", this, ex.getMessage());
					}
				}
			}
		}

	}

	static final class SshKeyUniqueRule extends InventoryRule {

		SshKeyUniqueRule() {
			super("TEAM-KEY-UNIQUE", "an ssh key may be listed only once in the whole file");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Map<String, String> seen = new HashMap<>();
			for (Located<Person> person : inventory.people()) {
				for (Located<String> key : person.items(".ssh-keys")) {
					String first = fingerprint(key.value()).map((f) -> seen.putIfAbsent(f, key.path())).orElse(null);
					if (first != null) {
						out.add(key, "", this, "the same key is already listed at " + first);
					}
				}
			}
		}

		private static Optional<String> fingerprint(String line) {
			try {
				return Optional.of(SshPublicKey.parse(line).fingerprint());
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

	}

}
