package org.tripleo.cdcloud.team;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Person;

/**
 * Sends notices by e-mail through Spring Mail when {@code spring.mail.host} is set.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailNotifier implements Notifier {

	private final JavaMailSender mail;

	private final String from;

	MailNotifier(JavaMailSender mail, NotifierProperties properties) {
		this.mail = mail;
		this.from = properties.mailFrom();
	}

	@Override
	public void send(Notice notice) {
		String[] to = notice.recipients().stream().map(Person::email).toArray(String[]::new);
		if (to.length == 0) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject("[cdcloud] " + notice.subject());
		message.setText(notice.body());
		mail.send(message);
	}

}
