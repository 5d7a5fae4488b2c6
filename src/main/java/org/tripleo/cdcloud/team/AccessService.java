package org.tripleo.cdcloud.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.tripleo.cdcloud.inventory.Channel;
import org.tripleo.cdcloud.inventory.Environment;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.inventory.RoleExpression;

/**
 * Decides which environments a person may reach, from the access rules of
 * environments.yaml and the person's roles.
 */
@Service
public class AccessService {

	private final Inventory inventory;

	private final TeamService team;

	AccessService(Inventory inventory, TeamService team) {
		this.inventory = inventory;
		this.team = team;
	}

	/**
	 * Evaluates every access rule for one person.
	 * @param personId the login name
	 * @return one decision per environment and channel, in file order
	 * @throws UnknownPersonException if nobody has that id
	 */
	public AccessReport report(String personId) {
		Person person = team.person(personId);
		List<AccessDecision> decisions = new ArrayList<>();
		for (Environment environment : inventory.environments()) {
			for (Map.Entry<Channel, RoleExpression> rule : environment.access().entrySet()) {
				decisions.add(decide(person.roles(), environment, rule.getKey(), rule.getValue()));
			}
		}
		return new AccessReport(person.id(), roleIds(person.roles()), decisions);
	}

	private static AccessDecision decide(Set<Role> roles, Environment environment, Channel channel,
			RoleExpression rule) {
		boolean allowed = rule.matches(roles);
		String held = roles.isEmpty() ? "no roles" : "roles " + String.join(", ", roleIds(roles));
		String reason = held + (allowed ? " satisfy " : " do not satisfy ") + "'" + rule.text() + "'";
		return new AccessDecision(environment.id(), channel.id(), allowed, rule.text(), reason);
	}

	private static List<String> roleIds(Set<Role> roles) {
		return roles.stream().sorted().map(Role::id).collect(Collectors.toList());
	}

	/**
	 * What one person may reach.
	 *
	 * @param personId the login name
	 * @param roles the roles held
	 * @param decisions one per environment and channel
	 */
	public record AccessReport(String personId, List<String> roles, List<AccessDecision> decisions) {
	}

	/**
	 * One access rule evaluated for one person.
	 *
	 * @param environment the environment id
	 * @param channel {@code api} or {@code ssh}
	 * @param allowed whether the person may reach it
	 * @param rule the role expression of environments.yaml
	 * @param reason why, in words
	 */
	public record AccessDecision(String environment, String channel, boolean allowed, String rule, String reason) {
	}

}
