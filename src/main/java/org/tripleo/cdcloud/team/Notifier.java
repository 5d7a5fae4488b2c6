package org.tripleo.cdcloud.team;

/**
 * A channel that tells people about team changes: the log always, e-mail when
 * {@code spring.mail.host} is set; add a bean to plug in another (chat, pager).
 */
public interface Notifier {

	/**
	 * Delivers one notice.
	 * @param notice what to say and to whom
	 * @throws RuntimeException when the channel fails; the calling process step retries
	 */
	void send(Notice notice);

}
