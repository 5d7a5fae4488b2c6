package org.tripleo.cdcloud.team;

import java.util.List;

import org.tripleo.cdcloud.inventory.Person;

/**
 * A message to some people of the team; it never carries a secret.
 *
 * @param subject one line
 * @param body the text
 * @param recipients who it is for
 */
public record Notice(String subject, String body, List<Person> recipients) {

	public Notice {
		recipients = List.copyOf(recipients);
	}

}
