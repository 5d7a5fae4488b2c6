package org.tripleo.cdcloud.team;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * No person of the team has the given id.
 */
public class UnknownPersonException extends DomainException {

	private final String personId;

	public UnknownPersonException(String personId) {
		super("TEAM-404", "no person with id '" + personId + "' in the team", HttpStatus.NOT_FOUND);
		this.personId = personId;
	}

	public String personId() {
		return personId;
	}

}
