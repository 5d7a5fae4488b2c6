package org.tripleo.cdcloud.team;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.ssh.SshPublicKey;

/**
 * {@code /api/team}: the admin team as the service knows it.
 */
@RestController
@RequestMapping("/api/team")
class TeamController {

	private final TeamService team;

	private final TeamExport export;

	TeamController(TeamService team, TeamExport export) {
		this.team = team;
		this.export = export;
	}

	@GetMapping
	List<PersonView> team() {
		return team.people().stream().map(PersonView::of).toList();
	}

	/** The live team as team.yaml, to commit back to the inventory tree. */
	@GetMapping(path = "/export", produces = "application/yaml")
	@PreAuthorize("hasRole('CD_ADMIN')")
	String export() {
		return export.teamYaml();
	}

	/** One person; public keys are shown by fingerprint. */
	record PersonView(String id, String name, String email, List<String> roles, List<KeyView> sshKeys) {

		static PersonView of(Person person) {
			List<String> roles = person.roles().stream().sorted().map(Role::id).toList();
			List<KeyView> keys = person.sshKeys().stream().map(SshPublicKey::parse).map(KeyView::of).toList();
			return new PersonView(person.id(), person.name(), person.email(), roles, keys);
		}

	}

	/** A public key's type, size, fingerprint and comment. */
	record KeyView(String type, int bits, String fingerprint, String comment) {

		static KeyView of(SshPublicKey key) {
			return new KeyView(key.type(), key.bits(), key.fingerprint(), key.comment());
		}

	}

}
