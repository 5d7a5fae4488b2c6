package org.tripleo.cdcloud.undercloud;

import java.util.ArrayList;
import java.util.List;

import org.openstack4j.api.identity.v3.IdentityService;
import org.openstack4j.model.identity.v3.Domain;
import org.openstack4j.model.identity.v3.Project;
import org.openstack4j.model.identity.v3.Role;
import org.openstack4j.model.identity.v3.User;
import org.openstack4j.api.Builders;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.team.ChangeReport;
import org.tripleo.cdcloud.team.UndercloudAccounts;

/**
 * The cd-admins' Keystone users: one user per person (named by login id, in
 * {@code cdcloud.undercloud.user-domain}) with {@code admin-role} on
 * {@code admin-project}; on leaving, the user is disabled and its credentials and
 * application credentials are deleted. The user gets no password from cdcloud: the person
 * sets one (or an application credential) through Keystone's own self-service.
 */
class KeystoneAccounts implements UndercloudAccounts {

	private final Undercloud undercloud;

	KeystoneAccounts(Undercloud undercloud) {
		this.undercloud = undercloud;
	}

	@Override
	public ChangeReport grantApiAccess(Person admin) {
		KeystoneSession session = undercloud.connect();
		IdentityService identity = session.client().identity();
		List<String> changes = new ArrayList<>();
		String domainId = domainId(session);
		User user = session.call("keystone", "find user " + admin.id(),
				() -> identity.users().getByName(admin.id(), domainId));
		if (user == null) {
			User created = Builders.user()
				.name(admin.id())
				.domainId(domainId)
				.email(admin.email())
				.description(admin.name())
				.enabled(true)
				.build();
			user = session.call("keystone", "create user " + admin.id(), () -> identity.users().create(created));
			changes.add("created undercloud user " + admin.id());
		}
		else if (!user.isEnabled()) {
			User enabled = user.toBuilder().enabled(true).build();
			session.call("keystone", "enable user " + admin.id(), () -> identity.users().update(enabled));
			changes.add("enabled undercloud user " + admin.id());
		}
		String userId = user.getId();
		String projectId = projectId(session);
		String roleId = roleId(session);
		if (!hasRole(session, projectId, userId, roleId)) {
			session.call("keystone", "grant role",
					() -> identity.roles().grantProjectUserRole(projectId, userId, roleId));
			changes.add("granted role " + undercloud.properties().adminRole() + " on project " + project(session)
					+ " to " + admin.id());
		}
		return new ChangeReport(changes);
	}

	@Override
	public ChangeReport revokeApiAccess(String personId) {
		KeystoneSession session = undercloud.connect();
		IdentityService identity = session.client().identity();
		String domainId = domainId(session);
		User user = session.call("keystone", "find user " + personId,
				() -> identity.users().getByName(personId, domainId));
		if (user == null) {
			return ChangeReport.unchanged();
		}
		List<String> changes = new ArrayList<>();
		if (user.isEnabled()) {
			User disabled = user.toBuilder().enabled(false).build();
			session.call("keystone", "disable user " + personId, () -> identity.users().update(disabled));
			changes.add("disabled undercloud user " + personId);
		}
		identity.credentials().list().stream().filter((c) -> user.getId().equals(c.getUserId())).forEach((c) -> {
			session.call("keystone", "delete credential " + c.getId(), () -> identity.credentials().delete(c.getId()));
			changes.add("deleted credential " + c.getId() + " of " + personId);
		});
		new KeystoneApplicationCredentials(session).deleteAll(user.getId())
			.forEach((id) -> changes.add("deleted application credential " + id + " of " + personId));
		return new ChangeReport(changes);
	}

	private static boolean hasRole(KeystoneSession session, String projectId, String userId, String roleId) {
		// NOTE(openstack4j): checkProjectUserRole fails to map the HEAD's empty 404; list
		// instead
		return session
			.call("keystone", "list role assignments",
					() -> session.client().identity().roles().listRoleAssignments(projectId))
			.stream()
			.anyMatch((assignment) -> userId.equals(assignment.getUserId()) && roleId.equals(assignment.getRoleId()));
	}

	private String domainId(KeystoneSession session) {
		String name = undercloud.properties().userDomain();
		List<? extends Domain> domains = session.call("keystone", "find domain " + name,
				() -> session.client().identity().domains().getByName(name));
		return domains.stream()
			.findFirst()
			.map(Domain::getId)
			.orElseThrow(() -> UndercloudException
				.config("cdcloud.undercloud.user-domain: Keystone has no domain '" + name + "'"));
	}

	private String project(KeystoneSession session) {
		String configured = undercloud.properties().adminProject();
		return (configured != null) ? configured : session.cloud().project();
	}

	private String projectId(KeystoneSession session) {
		String name = project(session);
		List<? extends Project> projects = session.call("keystone", "find project " + name,
				() -> session.client().identity().projects().getByName(name));
		return projects.stream()
			.findFirst()
			.map(Project::getId)
			.orElseThrow(() -> UndercloudException
				.config("cdcloud.undercloud.admin-project: Keystone has no project '" + name + "'"));
	}

	private String roleId(KeystoneSession session) {
		String name = undercloud.properties().adminRole();
		List<? extends Role> roles = session.call("keystone", "find role " + name,
				() -> session.client().identity().roles().getByName(name));
		return roles.stream()
			.findFirst()
			.map(Role::getId)
			.orElseThrow(() -> UndercloudException
				.config("cdcloud.undercloud.admin-role: Keystone has no role '" + name + "'"));
	}

}
