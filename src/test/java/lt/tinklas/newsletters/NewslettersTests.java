package lt.tinklas.newsletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.newsletters.application.BounceReading;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A newsletter from segment to mailbox: who a segment reaches and leaves out, the refusals of bad
 * input, sending in each person's language through SMTP with one-click unsubscribe headers and a
 * VERP envelope, the unsubscribe link, and a real delivery report read from the bounce mailbox.
 */
@TinklasTest
class NewslettersTests {

	private static final String API = "/api/v1/networks/nsmot";

	@LocalServerPort
	int port;

	@Autowired
	BounceReading bounces;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	int person(String first, String email, String language, Integer consentKind) {
		String consents = consentKind == null ? "[]"
				: "[{\"kind\":" + consentKind + ",\"givenOn\":\"" + LocalDate.now().minusDays(1) + "\"}]";
		ApiClient.Response created = staff().post(API + "/people", """
				{"firstName":"%s","lastName":"Naujienaitė","email":"%s","language":"%s","consents":%s}"""
			.formatted(first, email, language, consents));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	int newslettersKind() {
		List<Integer> ids = staff().get(API + "/consent-kinds").json("$[?(@.purpose == 'NEWSLETTERS')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	@Test
	void aSegmentSaysWhoItReachesAndWhoItLeavesOut() {
		long run = System.nanoTime();
		int kind = newslettersKind();
		String with = "su-sutikimu-" + run + "@naujienos.test";
		String without = "be-sutikimo-" + run + "@naujienos.test";
		person("Ona", with, "lt", kind);
		person("Petras", without, "lt", null);
		ApiClient.Response segment = staff().post(API + "/segments", """
				{"name":"Sąrašas %d","parts":[{"type":"LIST","emails":["%s","%s","%s","svetimas-%d@naujienos.test"]}]}"""
			.formatted(run, with, without, with.toUpperCase(), run));
		assertThat(segment.status()).as(segment.body()).isEqualTo(201);
		ApiClient.Response preview = staff().post(API + "/segments/" + segment.<Integer>json("$.id") + "/preview", null);
		assertThat(preview.<List<String>>json("$.receivers[*].email")).containsExactly(with);
		assertThat(preview.<List<String>>json("$.leftOut[*].why")).containsExactly("NO_CONSENT", "NOT_IN_REGISTER");

		// a segment with nothing that adds people, a list with no address: refused at the field
		ApiClient.Response empty = staff().post(API + "/segments",
				"{\"name\":\"Tuščias " + run + "\",\"parts\":[{\"type\":\"LIST\",\"exclude\":true,\"emails\":[\"x@y.lt\"]}]}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("parts").contains("įtraukiamos dalies");
		ApiClient.Response bad = staff().post(API + "/segments",
				"{\"name\":\"Blogas " + run + "\",\"parts\":[{\"type\":\"LIST\",\"emails\":[\"ne adresas\"]}]}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("parts[0].emails");
	}

	@Test
	void badMailingsAreRefusedAndNothingIsSent() {
		long run = System.nanoTime();
		ApiClient.Response none = staff().post(API + "/mailings", "{}");
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).contains("\"subject\"").contains("\"body\"");
		ApiClient.Response field = staff().post(API + "/mailings",
				"{\"subject\":\"Sveiki\",\"body\":\"Sveiki, {{pareigos}}!\"}");
		assertThat(field.status()).isEqualTo(400);
		assertThat(field.body()).contains("pareigos").contains("{{vardas}}");
		ApiClient.Response picture = staff().post(API + "/mailings",
				"{\"subject\":\"Sveiki\",\"body\":\"![](https://example.org/a.png)\"}");
		assertThat(picture.status()).isEqualTo(400);
		assertThat(picture.body()).contains("alternatyvaus teksto");

		// a segment that reaches nobody who may be mailed: the order to send is refused, no recipient written
		String stranger = "niekas-" + run + "@naujienos.test";
		int segment = staff().post(API + "/segments", """
				{"name":"Niekas %d","parts":[{"type":"LIST","emails":["%s"]}]}""".formatted(run, stranger))
			.json("$.id");
		int mailing = staff().post(API + "/mailings",
				"{\"subject\":\"Niekam\",\"body\":\"Tekstas\",\"segmentId\":" + segment + "}").json("$.id");
		ApiClient.Response nobody = staff().post(API + "/mailings/" + mailing + "/send", "{}");
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.body()).contains("nepasiekia");
		ApiClient.Response past = staff().post(API + "/mailings/" + mailing + "/send", "{\"at\":\"2020-01-01T09:00:00+02:00\"}");
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains("praėjo");
		assertThat(staff().get(API + "/mailings/" + mailing + "/recipients").<List<Object>>json("$")).isEmpty();
		assertThat(staff().get(API + "/mailings/" + mailing).<String>json("$.status")).isEqualTo("DRAFT");
	}

	@Test
	void aMailingGoesToEachPersonOnceInTheirLanguageAndCanBeLeft() throws Exception {
		long run = System.nanoTime();
		int kind = newslettersKind();
		String lt = "ona-" + run + "@naujienos.test";
		String en = "john-" + run + "@naujienos.test";
		person("Ona", lt, "lt", kind);
		person("John", en, "en", kind);
		int segment = staff().post(API + "/segments", """
				{"name":"Abu %d","parts":[{"type":"LIST","emails":["%s","%s"]},{"type":"LIST","emails":["%s"]}]}"""
			.formatted(run, lt, en, lt)).json("$.id");
		ApiClient.Response created = staff().post(API + "/mailings", """
				{"subject":"Naujienos %d","body":"Sveiki, {{vardas}}!\\n\\n## Mokymai\\n\\n- [Registracija](/n/nsmot/public/events)",
				 "subjectEn":"News %d","bodyEn":"Hello, {{first_name}}!","segmentId":%d,"publicArchive":true}"""
			.formatted(run, run, segment));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		int mailing = created.json("$.id");
		ApiClient.Response sent = staff().post(API + "/mailings/" + mailing + "/send", "{}");
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		assertThat(sent.<Integer>json("$.counts.recipients")).isEqualTo(2);
		assertThat(staff().post(API + "/mailings/" + mailing + "/send", "{}").status()).isEqualTo(409);

		MimeMessage toOna = TestMail.withSubject(lt, "Naujienos " + run);
		MimeMessage toJohn = TestMail.withSubject(en, "News " + run);
		assertThat(TestMail.body(toOna)).contains("Sveiki, Ona!").contains("/public/newsletters/unsubscribe/");
		assertThat(TestMail.html(toOna)).contains("Sveiki, Ona!").contains("href=\"http://tinklas.test/n/nsmot/public/events\"")
			.doesNotContain("<img src=\"http://tinklas.test/track");
		assertThat(TestMail.body(toJohn)).contains("Hello, John!");
		String unsubscribe = toOna.getHeader("List-Unsubscribe")[0];
		assertThat(toOna.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		String returnPath = toJohn.getHeader("Return-Path")[0];
		assertThat(returnPath).matches("<?bounces\\+[A-Za-z0-9_-]{22}@tinklas\\.test>?");
		assertThat(TestMail.countTo(lt)).isEqualTo(1);

		// the mail client's one-click unsubscribe: a POST without session or CSRF token
		String path = unsubscribe.replaceAll("[<>]", "").replace("http://tinklas.test", "");
		WebSession anyone = new WebSession(port);
		WebSession.Page done = anyone.postRaw(path, Map.of("List-Unsubscribe", "One-Click"));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.text()).contains("Naujienlaiškių atsisakyta");

		// a hard bounce of John's mail, as his provider's mail server reports it
		String token = returnPath.replaceAll("[<>]", "").replaceAll("^bounces\\+|@tinklas\\.test$", "");
		TestMail.greenMail().getUserManager().getUser(TestMail.BOUNCES).deliver(dsn(token, en));
		assertThat(bounces.read()).isGreaterThanOrEqualTo(1);

		ApiClient.Response recipients = staff().get(API + "/mailings/" + mailing + "/recipients");
		assertThat(recipients.<List<String>>json("$[?(@.unsubscribedAt != null)].email")).containsExactly(lt);
		assertThat(recipients.<List<String>>json("$[?(@.bouncedAt != null)].email")).containsExactly(en);
		ApiClient.Response again = staff().post(API + "/segments/" + segment + "/preview", null);
		assertThat(again.<List<String>>json("$.leftOut[*].why")).containsExactlyInAnyOrder("UNSUBSCRIBED", "BOUNCED");

		// the same address bounced in another network too: clearing it here leaves that network's bounce alone
		JdbcClient owner = TestDatabase.ownerJdbc();
		owner.sql("""
				insert into mail_bounce (network_id, email, hard, status, received_at)
				select id, :email, true, '5.1.1', current_timestamp from network where slug = 'nvo-vaikams'""")
			.param("email", en)
			.update();

		// staff see the bounced address and may clear it
		WebSession pages = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page bounced = pages.get("/n/nsmot/newsletters/bounces");
		assertThat(bounced.text()).contains(en).contains("550 5.1.1");
		Matcher clear = Pattern.compile("/n/nsmot/newsletters/bounces/(\\d+)/clear").matcher(bounced.body());
		assertThat(clear.find()).isTrue();
		pages.post("/n/nsmot/newsletters/bounces", clear.group(), Map.of());
		assertThat(pages.get("/n/nsmot/newsletters/bounces").text()).doesNotContain(en);
		assertThat(owner.sql("""
				select b.cleared from mail_bounce b join network n on n.id = b.network_id
				where n.slug = :slug and b.email = :email""").param("slug", "nvo-vaikams").param("email", en)
			.query(Boolean.class)
			.list()).containsExactly(false);
		assertThat(owner.sql("""
				select b.cleared from mail_bounce b join network n on n.id = b.network_id
				where n.slug = :slug and b.email = :email""").param("slug", "nsmot").param("email", en)
			.query(Boolean.class)
			.list()).containsOnly(true);

		// the public archive shows it without its recipients, the reader's name a neutral word
		WebSession.Page archive = anyone.get("/n/nsmot/public/newsletters/" + mailing);
		assertThat(archive.status()).isEqualTo(200);
		assertThat(archive.text()).contains("Sveiki, kolega!").doesNotContain("Ona").doesNotContain(lt);
	}

	private static MimeMessage dsn(String token, String recipient) throws Exception {
		String raw = """
				Return-Path: <>
				Delivered-To: bounces+%s@tinklas.test
				From: Mail Delivery System <MAILER-DAEMON@mx.naujienos.test>
				To: bounces+%s@tinklas.test
				Subject: Undelivered Mail Returned to Sender
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

				--B1
				Content-Type: text/plain; charset=us-ascii

				I'm sorry to have to inform you that your message could not be delivered.

				--B1
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.naujienos.test

				Final-Recipient: rfc822; %s
				Action: failed
				Status: 5.1.1
				Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown

				--B1--
				""".formatted(token, token, recipient, recipient).replace("\n", "\r\n");
		return new MimeMessage(Session.getInstance(new java.util.Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
	}
}
