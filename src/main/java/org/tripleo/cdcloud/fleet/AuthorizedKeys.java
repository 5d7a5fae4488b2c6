package org.tripleo.cdcloud.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.tripleo.cdcloud.inventory.Channel;
import org.tripleo.cdcloud.inventory.Environment;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.ssh.ShellQuote;
import org.tripleo.cdcloud.team.AccessService;
import org.tripleo.cdcloud.team.AccessService.AccessDecision;
import org.tripleo.cdcloud.team.TeamService;

/**
 * The authorized_keys a machine should have: the keys of every person the ssh access rule
 * of the machine's environments lets in, plus cdcloud's own key so it keeps access.
 */
final class AuthorizedKeys {

	/**
	 * Writes {@code $content} to {@code $HOME/$file} atomically (temp file + rename) only
	 * when it differs, keeping the previous file as {@code .previous}; prints changed or
	 * unchanged.
	 */
	static final String SYNC_SCRIPT = """
			set -e
			f="$HOME/$file"; d=$(dirname "$f"); mkdir -p "$d"; chmod 700 "$d"
			if [ -f "$f" ] && [ "$(cat "$f")" = "$content" ]; then echo unchanged; exit 0; fi
			t=$(mktemp "$f.XXXXXX"); printf '%s\\n' "$content" > "$t"; chmod 600 "$t"
			if [ -f "$f" ]; then cp -p "$f" "$f.previous"; fi
			mv -f "$t" "$f"; echo changed
			""";

	private final Inventory inventory;

	private final TeamService team;

	private final AccessService access;

	private final Path ownPublicKey;

	AuthorizedKeys(Inventory inventory, TeamService team, AccessService access, Path ownPublicKey) {
		this.inventory = inventory;
		this.team = team;
		this.access = access;
		this.ownPublicKey = ownPublicKey;
	}

	/**
	 * The machines some ssh access rule covers.
	 * @return their names, comma-separated, in inventory order
	 */
	String covered() {
		return String.join(",",
				inventory.machines()
					.stream()
					.filter((machine) -> !environments(machine).isEmpty())
					.map(Machine::name)
					.toList());
	}

	/**
	 * The sorted key lines for one machine.
	 * @param machine the machine
	 * @return the lines, without duplicates
	 */
	Set<String> keys(Machine machine) {
		List<String> environments = environments(machine);
		Set<String> keys = new TreeSet<>();
		for (Person person : team.people()) {
			boolean allowed = access.report(person.id())
				.decisions()
				.stream()
				.anyMatch((decision) -> isSsh(decision) && decision.allowed()
						&& environments.contains(decision.environment()));
			if (allowed) {
				person.sshKeys().forEach((key) -> keys.add(key.strip()));
			}
		}
		keys.add(ownKey());
		return keys;
	}

	String script(String file, Set<String> keys) {
		return "file=" + ShellQuote.quote(file) + " content=" + ShellQuote.quote(String.join("\n", keys)) + "\n"
				+ SYNC_SCRIPT;
	}

	private List<String> environments(Machine machine) {
		return inventory.environments()
			.stream()
			.filter((environment) -> environment.machineRoles().contains(machine.role()))
			.filter((environment) -> environment.access(Channel.SSH).isPresent())
			.map(Environment::id)
			.toList();
	}

	private static boolean isSsh(AccessDecision decision) {
		return Channel.SSH.id().equals(decision.channel());
	}

	private String ownKey() {
		try {
			return Files.readString(ownPublicKey).strip();
		}
		catch (IOException ex) {
			throw FleetException.failed("cannot read cdcloud's own public key " + ownPublicKey
					+ ": authorized_keys without it would lock cdcloud out");
		}
	}

}
