package lt.tinklas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mailed links are never kept usable in the outbox, and feedback and certificate links stop after
 * the network's period: the attendee sees why, in their language, and may ask for a new link.
 */
@TinklasTest
class MailedLinkRetentionTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Events events;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	/** Waits until the sender has committed the mail's row, then reads the whole row as text. */
	String sentRow(String recipient) {
		long id = jdbc.sql("select id from outbox_mail where recipient = ? order by id desc limit 1")
			.param(recipient).query(Long.class).single();
		// the sender holds the row's lock until it has marked the mail sent
		jdbc.sql("select id from outbox_mail where id = ? for update").param(id).query(Long.class).single();
		return jdbc.sql("select o::text from outbox_mail o where id = ?").param(id).query(String.class).single();
	}

	static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1).replace(".pdf", "");
	}

	@Test
	void aSentResetMailLeavesNoUsableLinkInTheOutbox() {
		FreshNetwork fresh = FreshNetwork.create(port, "nuorodos-atstatymas", "Nuorodų tinklas");
		WebSession browser = new WebSession(port);
		browser.post("/password-reset", "/password-reset", Map.of("email", fresh.adminEmail()));
		MimeMessage mail = TestMail.latestTo(fresh.adminEmail());
		String link = TestMail.linkPath(mail, "/password-reset/");
		String token = token(link);

		String row = sentRow(fresh.adminEmail());
		assertThat(row).doesNotContain(token).contains("{link-secret}");
		assertThat(browser.get(link).text()).doesNotContain("Ši nuoroda nebegalioja");
	}

	@Test
	void anExpiredFeedbackLinkOffersANewOneInThePersonsLanguage() {
		FreshNetwork fresh = FreshNetwork.create(port, "nuorodos-senos", "Senų nuorodų tinklas");
		long networkId = networks.bySlug("nuorodos-senos").orElseThrow().id();
		String email = "attendee@senos-nuorodos.lt";
		long person = FreshNetwork.created(fresh.admin().post(fresh.api() + "/people", """
				{"firstName":"Anne","lastName":"Smith","email":"%s","language":"en"}""".formatted(email)));
		long event = fresh.event("TRAINING", "Senieji mokymai", "2026-02-02T10:00:00+02:00",
				"2026-02-02T12:00:00+02:00", 2);
		assertThat(fresh.admin().post(fresh.api() + "/events/" + event + "/participants",
				"{\"personId\":" + person + ",\"status\":\"ATTENDED\"}").status()).isEqualTo(201);
		Tenancy.runAs(networkId, () -> events.markHeld(event));
		WebSession staff = fresh.signedIn();
		String eventPage = fresh.pages() + "/events/" + event;
		staff.post(eventPage, eventPage + "/feedback-requests", Map.of());

		MimeMessage mail = TestMail.latestTo(email);
		String link = TestMail.linkPath(mail, fresh.pages() + "/public/feedback/");
		String certificate = TestMail.linkPath(mail, fresh.pages() + "/public/certificates/");
		assertThat(sentRow(email)).doesNotContain(token(link));
		WebSession attendee = new WebSession(port);
		assertThat(attendee.get(link).text()).contains("Senieji mokymai");
		assertThat(attendee.get(certificate).status()).isEqualTo(200);

		// the network's period (180 days by default) is over
		jdbc.sql("update feedback_request set sent_at = sent_at - interval '181 days' where network_id = ?")
			.param(networkId).update();
		WebSession.Page opened = attendee.get(link);
		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.location()).endsWith(link + "?lang=en");
		String expired = link + "?lang=en";
		assertThat(attendee.get(expired).text()).contains("This link has expired", "Mail me a new link")
			.doesNotContain("Senieji mokymai");
		assertThat(attendee.get(certificate).location()).endsWith(link);
		// the page follows the language chosen on it
		assertThat(attendee.get(link + "?lang=lt").text()).contains("Ši nuoroda nebegalioja");
		assertThat(attendee.post(link + "?lang=lt", link, Map.of("rating", "9")).text())
			.contains("Ši nuoroda nebegalioja");
		assertThat(Tenancy.runAs(networkId, () -> events.feedback(event)).ratings()).isZero();

		long before = TestMail.countTo(email);
		assertThat(attendee.post(expired, link + "/renew", Map.of()).text())
			.contains("If this link was ours, a new one has been mailed");
		MimeMessage renewed = TestMail.nextTo(email, before);
		String newLink = TestMail.linkPath(renewed, fresh.pages() + "/public/feedback/");
		assertThat(newLink).isNotEqualTo(link);
		assertThat(attendee.get(newLink).text()).contains("Senieji mokymai");
		assertThat(attendee.get(link).text()).contains("This link is no longer valid");

		// an unknown link gets the same answer and no mail
		String unknown = fresh.pages() + "/public/feedback/nezinoma";
		assertThat(attendee.post(newLink, unknown + "/renew", Map.of()).text())
			.contains("If this link was ours, a new one has been mailed");
	}
}
