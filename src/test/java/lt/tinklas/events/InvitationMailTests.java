package lt.tinklas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.application.EventInvitations;
import lt.tinklas.networks.Networks;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonData;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an invited person's mail client gets: the network as the sender in their language, an HTML
 * part with their name escaped, and on every invitation and reminder the one-click unsubscribe
 * headers whose link stops invitations when posted to without signing in (RFC 8058).
 */
@TinklasTest
class InvitationMailTests {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Networks networks;

	@Autowired
	EventInvitations invitations;

	@Value("${tinklas.mail.from}")
	String from;

	@Test
	void invitationsAndRemindersCarryAOneClickUnsubscribeLinkThatAPostWithoutSignInFollows() {
		String email = newPerson("Vienspragtelė", "lt");
		String event = createEvent("Vienu paspaudimu", LocalDate.now(Formats.VILNIUS).plusDays(1));
		assertThat(invite(event, email)).contains("Išsiųsta kvietimų: 1;");

		MimeMessage invitation = TestMail.withSubject(email, "Kvietimas: Vienu paspaudimu");
		String invitationLink = unsubscribeLink(invitation);
		assertThat(invitationLink).matches("http://tinklas\\.test/n/nsmot/public/invitations/[^/\\s]+");
		assertThat(header(invitation, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(TestMail.linkPath(invitation, "/n/nsmot/public/invitations/"))
			.isEqualTo(URI.create(invitationLink).getPath());

		assertThat(Tenancy.runAs(nsmot(), () -> invitations.remind(LocalDate.now(Formats.VILNIUS)))).isPositive();
		MimeMessage reminder = TestMail.withSubject(email, "Primename: rytoj Vienu paspaudimu");
		String reminderLink = unsubscribeLink(reminder);
		assertThat(reminderLink).matches("http://tinklas\\.test/n/nsmot/public/invitations/[^/\\s]+");
		assertThat(header(reminder, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(TestMail.linkPath(reminder, "/n/nsmot/public/invitations/"))
			.isEqualTo(URI.create(reminderLink).getPath());

		// a mail scanner that opens the link only sees the question
		String stop = URI.create(reminderLink).getPath();
		WebSession scanner = new WebSession(port);
		assertThat(scanner.get(stop).text()).contains("Nebenorite gauti kvietimų į šio tinklo renginius?")
			.doesNotContain("Kvietimų daugiau nesiųsime.");
		assertThat(invite(createEvent("Po nuorodos atvėrimo", LocalDate.of(2031, 9, 1)), email))
			.contains("Išsiųsta kvietimų: 1;");

		// the mail client's one-click POST: no session, no CSRF token
		WebSession.Page oneClick = new WebSession(port).postRaw(stop, Map.of("List-Unsubscribe", "One-Click"));
		assertThat(oneClick.status()).isEqualTo(200);
		assertThat(oneClick.text()).contains("Kvietimų daugiau nesiųsime.");
		assertThat(invite(createEvent("Po atsisakymo", LocalDate.of(2031, 9, 2)), email))
			.contains("Išsiųsta kvietimų: 0; praleista: 1.", "Atsisakė kvietimų");
	}

	@Test
	void theInvitedReadTheNetworkAsTheSenderInTheirLanguageAndTheirNameEscapedInTheHtml() throws Exception {
		String english = newPerson("<script>alert(1)</script>", "en");
		String lithuanian = newPerson("Ona", "lt");
		String event = createEvent("Kalbos", LocalDate.of(2031, 10, 1));
		invite(event, english + " " + lithuanian);

		MimeMessage toEnglish = TestMail.latestTo(english);
		assertThat(toEnglish.isMimeType("multipart/alternative")).isTrue();
		assertThat(TestMail.sender(toEnglish)).isEqualTo("NSMOT via Tinklas <" + from + ">");
		assertThat(TestMail.body(toEnglish)).startsWith("Hello <script>alert(1)</script>,");
		assertThat(TestMail.html(toEnglish)).contains("<html lang=\"en\">",
				"<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;,</p>",
				"<a href=\"http://tinklas.test/n/nsmot/events/" + event + "\">http://tinklas.test/n/nsmot/events/" + event
						+ "</a>",
				"<a href=\"" + unsubscribeLink(toEnglish) + "\">")
			.doesNotContain("<script>");

		MimeMessage toLithuanian = TestMail.latestTo(lithuanian);
		assertThat(TestMail.sender(toLithuanian)).isEqualTo("NSMOT per Tinklas <" + from + ">");
		assertThat(TestMail.html(toLithuanian)).contains("<html lang=\"lt\">", "<p>Sveiki, Ona,</p>");
	}

	long nsmot() {
		return networks.bySlug("nsmot").orElseThrow().id();
	}

	String newPerson(String firstName, String language) {
		return Tenancy.runAs(nsmot(), () -> people.create(new PersonData(firstName, "Kviestinė",
				"kvieciama." + System.nanoTime() + "@renginiai.lt", null, language, List.of(),
				List.of(new PersonData.ConsentData("Kvietimai į renginius", LocalDate.of(2025, 1, 2), null)))).email());
	}

	String createEvent(String title, LocalDate day) {
		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		ApiClient.Response created = staff.post("/api/v1/networks/nsmot/events", """
				{"type":"TRAINING","title":"%s","startsAt":"%sT10:00:00+02:00","endsAt":"%sT12:00:00+02:00",
				 "format":"LIVE","capacity":50}""".formatted(title, day, day));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return String.valueOf(created.<Integer>json("$.id"));
	}

	/** Invites the listed people as staff do on the event's page; the page's answer. */
	String invite(String event, String emails) {
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/events/" + event;
		staff.post(page, page + "/invitations", Map.of("segment", "LIST", "emails", emails, "confirmed", "true"));
		return staff.get(page + "?tab=invitations").text();
	}

	/** The one link of the List-Unsubscribe header, without its angle brackets. */
	static String unsubscribeLink(MimeMessage mail) {
		String header = header(mail, "List-Unsubscribe");
		assertThat(header).as("List-Unsubscribe").matches("<[^<>,]+>");
		return header.substring(1, header.length() - 1);
	}

	static String header(MimeMessage mail, String name) {
		try {
			return mail.getHeader(name, ",");
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
