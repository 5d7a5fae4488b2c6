package org.tripleo.cdcloud.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders the live team as team.yaml, for committing the database's truth back to the
 * inventory tree.
 */
@Component
class TeamExport {

	private static final String HEADER = """
			# The cdcloud team: who may reach what is decided by roles (see environments.yaml).
			# Every field and rule id is documented in inventory/README.md.
			# Exported from the live team store (GET /api/team/export); the service reads
			# this file only to seed an empty database.
			""";

	private final TeamService team;

	TeamExport(TeamService team) {
		this.team = team;
	}

	String teamYaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(Integer.MAX_VALUE);
		List<Map<String, Object>> people = team.people().stream().map(TeamExport::entry).toList();
		return HEADER + new Yaml(options).dump(Map.of("people", people));
	}

	private static Map<String, Object> entry(Person person) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", person.id());
		entry.put("name", person.name());
		entry.put("email", person.email());
		entry.put("roles", person.roles().stream().map(Role::id).toList());
		entry.put("ssh-keys", person.sshKeys());
		return entry;
	}

}
