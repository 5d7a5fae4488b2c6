package org.tripleo.cdcloud.team;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

/**
 * Mirrors the team into Camunda's identity store at start-up: one group per role, one
 * user per person, memberships as in team.yaml; people no longer in the team are removed.
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

	private final TeamService team;

	CamundaIdentitySync(IdentityService identity, AuthorizationService authorizations, TeamService team) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.team = team;
	}

	@Override
	public void afterPropertiesSet() {
		for (Role role : Role.values()) {
			ensureGroup(role);
		}
		team.people().forEach(this::syncUser);
		Set<String> ids = team.people().stream().map(Person::id).collect(Collectors.toSet());
		for (User user : identity.createUserQuery().list()) {
			if (!ids.contains(user.getId())) {
				identity.deleteUser(user.getId());
				log.info("TEAM-010 removed {} from the engine's users: no longer in the team", user.getId());
			}
		}
		grant(Role.ATC, Resources.APPLICATION, "tasklist");
		// Admin groups skip only some checks; queries are filtered for everyone, so the
		// cd-admin group gets what Camunda's admin set-up gives camunda-admin: all on
		// all.
		for (Resources resource : Resources.values()) {
			grant(Role.CD_ADMIN, resource, Authorization.ANY);
		}
		log.info("TEAM-011 engine identity mirrors {} people in {} groups", ids.size(), Role.values().length);
	}

	private void ensureGroup(Role role) {
		if (identity.createGroupQuery().groupId(role.id()).singleResult() == null) {
			Group group = identity.newGroup(role.id());
			group.setName(role.id());
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
			boolean wanted = person.has(role);
			if (wanted && !current.contains(role.id())) {
				identity.createMembership(person.id(), role.id());
			}
			else if (!wanted && current.contains(role.id())) {
				identity.deleteMembership(person.id(), role.id());
			}
		}
	}

	private void grant(Role role, Resources resource, String resourceId) {
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
			grant.addPermission(Permissions.ALL);
			authorizations.saveAuthorization(grant);
		}
	}

}
