package org.tripleo.cdcloud.team;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Person;

/**
 * Writes every notice to the log, so there is a trace even without e-mail.
 */
@Component
class LogNotifier implements Notifier {

	private static final Logger log = LoggerFactory.getLogger(LogNotifier.class);

	@Override
	public void send(Notice notice) {
		log.info("NOTE-001 to {}: {}", notice.recipients().stream().map(Person::id).toList(), notice.subject());
	}

}
