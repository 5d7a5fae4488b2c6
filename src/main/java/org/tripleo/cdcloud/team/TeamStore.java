package org.tripleo.cdcloud.team;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Repository;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

/**
 * The live team in the database: people, roles and SSH keys. Created and seeded from
 * team.yaml on the first start; from then on the database is the truth and team.yaml is
 * an export ({@code GET /api/team/export}).
 */
@Repository
class TeamStore implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(TeamStore.class);

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final Inventory inventory;

	TeamStore(JdbcTemplate jdbc, DataSource dataSource, Inventory inventory) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.inventory = inventory;
	}

	@Override
	public void afterPropertiesSet() {
		new ResourceDatabasePopulator(new ClassPathResource("db/cdcloud-team.sql")).execute(dataSource);
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM cdc_team_person", Integer.class);
		if (count == 0) {
			inventory.people().forEach(this::insert);
			log.info("TEAM-020 team store seeded from team.yaml with {} people", inventory.people().size());
		}
		else {
			log.info("TEAM-021 team store holds {} people; team.yaml is not read again (export it with GET "
					+ "/api/team/export)", count);
		}
	}

	List<Person> people() {
		Map<String, Set<Role>> roles = new HashMap<>();
		jdbc.query("SELECT person_id, role_id FROM cdc_team_role", (RowCallbackHandler) (row) -> {
			String personId = row.getString(1);
			Role.fromId(row.getString(2))
				.ifPresent((role) -> roles.computeIfAbsent(personId, (id) -> EnumSet.noneOf(Role.class)).add(role));
		});
		Map<String, List<String>> keys = new HashMap<>();
		jdbc.query("SELECT person_id, key_line FROM cdc_team_key ORDER BY person_id, seq",
				(RowCallbackHandler) (row) -> keys.computeIfAbsent(row.getString(1), (id) -> new ArrayList<>())
					.add(row.getString(2)));
		return jdbc.query("SELECT id, name, email FROM cdc_team_person ORDER BY seq",
				(row, n) -> new Person(row.getString(1), row.getString(2), row.getString(3),
						roles.getOrDefault(row.getString(1), Set.of()),
						keys.getOrDefault(row.getString(1), List.of())));
	}

	Optional<Person> person(String id) {
		return people().stream().filter((person) -> person.id().equals(id)).findFirst();
	}

	/**
	 * Adds a role. Idempotent.
	 * @return whether the person did not hold it before
	 */
	boolean addRole(String personId, Role role) {
		Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM cdc_team_role WHERE person_id = ? AND role_id = ?",
				Integer.class, personId, role.id());
		return held == 0 && jdbc.update("INSERT INTO cdc_team_role (person_id, role_id) VALUES (?, ?)", personId,
				role.id()) == 1;
	}

	/**
	 * Removes a role. Idempotent.
	 * @return whether the person held it before
	 */
	boolean removeRole(String personId, Role role) {
		return jdbc.update("DELETE FROM cdc_team_role WHERE person_id = ? AND role_id = ?", personId, role.id()) == 1;
	}

	/**
	 * Adds an SSH key line at the end of a person's keys. Idempotent.
	 * @return whether the key was new
	 */
	boolean addKey(String personId, String keyLine) {
		List<String> held = jdbc.queryForList("SELECT key_line FROM cdc_team_key WHERE person_id = ?", String.class,
				personId);
		if (held.contains(keyLine.strip())) {
			return false;
		}
		Integer next = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM cdc_team_key WHERE person_id = ?",
				Integer.class, personId);
		return jdbc.update("INSERT INTO cdc_team_key (person_id, seq, key_line) VALUES (?, ?, ?)", personId, next,
				keyLine.strip()) == 1;
	}

	private void insert(Person person) {
		Integer seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM cdc_team_person", Integer.class);
		jdbc.update("INSERT INTO cdc_team_person (id, name, email, seq) VALUES (?, ?, ?, ?)", person.id(),
				person.name(), person.email(), seq);
		person.roles().forEach((role) -> addRole(person.id(), role));
		person.sshKeys().forEach((key) -> addKey(person.id(), key));
	}

}
