package org.tripleo.cdcloud.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

/**
 * Mirrors the live team into Camunda's identity store at start-up and after each
 * membership change: one group per role, one user per person, memberships as in the team
 * store; people no longer in the team are removed.
 *
 * <p>
 * Camunda keeps no passwords for them: Spring Security authenticates, the engine only
 * needs users and groups to check its authorizations.
 */
@Component
class CamundaIdentitySync implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	static final String MY_TASKS_FILTER = "My tasks";

	private final TeamService team;

	private final FilterService filters;

	private final TaskService tasks;

	CamundaIdentitySync(IdentityService identity, AuthorizationService authorizations, TeamService team,
			FilterService filters, TaskService tasks) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.team = team;
		this.filters = filters;
		this.tasks = tasks;
	}

	/**
	 * Brings one person's engine user and group memberships in line with the team store;
	 * called in the transaction that changed the store.
	 * @param person the person as the store now holds them
	 */
	void follow(Person person) {
		syncUser(person);
		log.info("TEAM-012 engine identity of {} follows the team store: {}", person.id(), person.roles());
	}

	@Override
	public void afterPropertiesSet() {
		for (Role role : Role.values()) {
			ensureGroup(role.id());
		}
		ensureGroup(Groups.CAMUNDA_ADMIN);
		team.people().forEach(this::syncUser);
		Set<String> ids = team.people().stream().map(Person::id).collect(Collectors.toSet());
		for (User user : identity.createUserQuery().list()) {
			if (!ids.contains(user.getId())) {
				identity.deleteUser(user.getId());
				log.info("TEAM-010 removed {} from the engine's users: no longer in the team", user.getId());
			}
		}
		grant(Role.ATC, Resources.APPLICATION, "tasklist", Permissions.ALL);
		// Least privilege for applicants: start admin-join (Tasklist's start form too)
		// and
		// see their own tasks through the shared filter; task access itself comes from
		// the engine's assignee grants.
		grant(Role.ATC, Resources.PROCESS_DEFINITION, "admin-join", Permissions.READ, Permissions.CREATE_INSTANCE);
		grant(Role.ATC, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
		grant(Role.ATC, Resources.FILTER, myTasksFilter(), Permissions.READ);
		// Admin groups skip only some checks; queries are filtered for everyone, so the
		// cd-admin group gets what Camunda's admin set-up gives camunda-admin: all on
		// all.
		for (Resources resource : Resources.values()) {
			grant(Role.CD_ADMIN, resource, Authorization.ANY, Permissions.ALL);
		}
		log.info("TEAM-011 engine identity mirrors {} people in {} groups", ids.size(), Role.values().length);
	}

	private void ensureGroup(String id) {
		if (identity.createGroupQuery().groupId(id).singleResult() == null) {
			Group group = identity.newGroup(id);
			group.setName(id);
			group.setType("cdcloud-role");
			identity.saveGroup(group);
		}
	}

	private void syncUser(Person person) {
		User user = identity.createUserQuery().userId(person.id()).singleResult();
		if (user == null) {
			user = identity.newUser(person.id());
		}
		int space = person.name().lastIndexOf(' ');
		user.setFirstName((space > 0) ? person.name().substring(0, space) : person.name());
		user.setLastName((space > 0) ? person.name().substring(space + 1) : "");
		user.setEmail(person.email());
		identity.saveUser(user);
		List<String> current = identity.createGroupQuery()
			.groupMember(person.id())
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		for (Role role : Role.values()) {
			syncMembership(person.id(), role.id(), person.has(role), current);
		}
		// The webapps send everyone to their first-admin setup page while the group
		// camunda-admin has no member; it grants nothing here (cd-admin is the admin
		// group).
		syncMembership(person.id(), Groups.CAMUNDA_ADMIN, person.has(Role.CD_ADMIN), current);
	}

	private void syncMembership(String personId, String groupId, boolean wanted, List<String> current) {
		if (wanted && !current.contains(groupId)) {
			identity.createMembership(personId, groupId);
		}
		else if (!wanted && current.contains(groupId)) {
			identity.deleteMembership(personId, groupId);
		}
	}

	private String myTasksFilter() {
		Filter existing = filters.createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
		if (existing != null) {
			return existing.getId();
		}
		Filter filter = filters.newTaskFilter(MY_TASKS_FILTER)
			.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
			.setProperties(new HashMap<>(
					Map.of("description", "Tasks assigned to me: votes, vetoes, rotations", "priority", -10)));
		return filters.saveFilter(filter).getId();
	}

	private void grant(Role role, Resources resource, String resourceId, Permission... permissions) {
		boolean granted = authorizations.createAuthorizationQuery()
			.groupIdIn(role.id())
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (!granted) {
			Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(role.id());
			grant.setResource(resource);
			grant.setResourceId(resourceId);
			for (Permission permission : permissions) {
				grant.addPermission(permission);
			}
			authorizations.saveAuthorization(grant);
		}
	}

}
