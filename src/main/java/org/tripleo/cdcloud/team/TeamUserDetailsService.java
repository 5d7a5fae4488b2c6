package org.tripleo.cdcloud.team;

import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Person;

/**
 * Logs in the people of the team, with one Spring authority {@code ROLE_<ROLE>} per role.
 */
@Component
class TeamUserDetailsService implements UserDetailsService {

	private final TeamService team;

	private final LoginPasswords passwords;

	TeamUserDetailsService(TeamService team, LoginPasswords passwords) {
		this.team = team;
		this.passwords = passwords;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Person person;
		try {
			person = team.person(username);
		}
		catch (UnknownPersonException ex) {
			throw new UsernameNotFoundException("no such person");
		}
		Optional<String> hash = passwords.hashOf(person.id());
		return User.withUsername(person.id())
			.password(hash.orElse(""))
			.disabled(hash.isEmpty())
			.roles(person.roles().stream().map(Enum::name).toArray(String[]::new))
			.build();
	}

}
