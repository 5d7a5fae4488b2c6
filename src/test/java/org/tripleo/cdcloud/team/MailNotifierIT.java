package org.tripleo.cdcloud.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.TestTeam.PTL;
import static org.tripleo.cdcloud.team.TestTeam.admin;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * Notices by e-mail through a real SMTP server (GreenMail on 127.0.25.1:2525): who gets
 * them, their subject, that a break-glass notice never carries the credential, and that a
 * reveal racing the notice job is retried, not lost.
 */
@MembershipServiceTest
@TestPropertySource(properties = { "spring.mail.host=127.0.25.1", "spring.mail.port=2525",
		"cdcloud.notify.mail-from=cdcloud@example.org" })
@SuppressWarnings("rawtypes")
class MailNotifierIT {

	private static final GreenMail smtp = started();

	@Autowired
	TestRestTemplate rest;

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void breakGlassMailsEveryOtherAdminWithoutTheCredential() throws Exception {
		// given
		TestRestTemplate requester = rest.withBasicAuth(admin(1), MembershipClient.PASSWORD);
		ResponseEntity<Map> created = requester.postForEntity("/api/break-glass",
				Map.of("reason", "undercloud API down, paged"), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) created.getBody().get("id");

		// when the requester reveals the credential
		ResponseEntity<Map> revealed = requester.postForEntity("/api/break-glass/" + id + "/reveal", null, Map.class);
		assertThat(revealed.getBody()).containsEntry("credential", MembershipTestTeam.CREDENTIAL);

		// then every other cd-admin got one mail, the requester none, and no mail holds
		// it
		List<MimeMessage> mails = await("[cdcloud] break-glass: " + admin(1) + " asked for the undercloud credentials",
				MembershipTestTeam.ADMINS);
		assertThat(recipients(mails.get(0))).containsExactlyInAnyOrder(PTL + "@example.org", "admin02@example.org",
				"admin03@example.org", "admin04@example.org");
		assertThat(mails.get(0).getFrom()[0].toString()).isEqualTo("cdcloud@example.org");
		assertThat(GreenMailUtil.getBody(mails.get(0))).contains("undercloud API down, paged", id);
		assertThat(smtp.getReceivedMessages())
			.noneMatch((mail) -> GreenMailUtil.getWholeMessage(mail).contains(MembershipTestTeam.CREDENTIAL));
	}

	@Test
	void revealRightAfterTheRequestIsNotLostToTheMailBeingSent() {
		// given requests whose notice job (an SMTP round trip) ends while the requester
		// reveals: the two branches of one process race
		TestRestTemplate requester = rest.withBasicAuth(admin(2), MembershipClient.PASSWORD);
		for (int i = 0; i < 10; i++) {
			String id = (String) requester.postForEntity("/api/break-glass", Map.of("reason", "race " + i), Map.class)
				.getBody()
				.get("id");
			// when
			ResponseEntity<Map> revealed = requester.postForEntity("/api/break-glass/" + id + "/reveal", null,
					Map.class);
			// then
			assertThat(revealed.getStatusCode()).as("reveal %d: %s", i, revealed.getBody()).isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void rejectedJoinIsMailedToTheApplicantAndEveryAdmin() throws Exception {
		// given
		MembershipClient client = new MembershipClient(rest);
		Map request = client.applied(atc(11), TestTeam.newKey("atc11"));
		String id = (String) request.get("id");

		// when every voter rejects
		for (String voter : (List<String>) request.get("eligibleVoters")) {
			client.vote(id, voter, "reject");
		}

		// then the applicant and the cd-admins are told, by one mail each
		List<MimeMessage> mails = await("[cdcloud] JOIN request of " + atc(11) + " is REJECTED",
				MembershipTestTeam.ADMINS + 2);
		assertThat(recipients(mails.get(0))).containsExactlyInAnyOrder("atc11@example.org", PTL + "@example.org",
				"admin01@example.org", "admin02@example.org", "admin03@example.org", "admin04@example.org");
		assertThat(GreenMailUtil.getBody(mails.get(0))).contains("GET /api/membership/requests/" + id);
	}

	/** Waits for the copies (one per recipient) of the mail with this subject. */
	private static List<MimeMessage> await(String subject, int copies) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
				try {
					return subject.equals(mail.getSubject());
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			if (mails.size() >= copies || Instant.now().isAfter(deadline)) {
				assertThat(mails).as("copies of '%s'", subject).hasSize(copies);
				return mails;
			}
			Thread.sleep(100);
		}
	}

	private static List<String> recipients(MimeMessage mail) throws MessagingException {
		return Arrays.stream(mail.getRecipients(RecipientType.TO)).map(Address::toString).toList();
	}

	private static GreenMail started() {
		GreenMail server = new GreenMail(new ServerSetup(2525, "127.0.25.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

}
