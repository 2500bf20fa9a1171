package lt.tinklas.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.messaging.Attachment;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform admin's outbox shows the platform's own mail and the mail of a network that allows
 * the platform admin to read its records, and no other network's mail.
 */
@TinklasTest
class OutboxPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	NetworkLookup networks;

	@Autowired
	TransactionTemplate transactions;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	@Test
	void showsAnotherNetworksMailOnlyWhereTheNetworkAllowsThePlatformAdminToRead() {
		FreshNetwork open = FreshNetwork.create(port, "atviras-pastas", "Atviras tinklas");
		FreshNetwork closed = FreshNetwork.create(port, "uzdaras-pastas", "Uždaras tinklas");
		long openId = networks.bySlug(open.slug()).orElseThrow().id();
		long closedId = networks.bySlug(closed.slug()).orElseThrow().id();
		jdbc.sql("update network set platform_admin_may_read = (id = ?) where id in (?, ?)")
			.params(openId, openId, closedId)
			.update();
		Locale lt = Locale.forLanguageTag("lt");
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(null, lt, "platforma@example.lt", "Platformos laiškas apie tvarką", "Tekstas");
			outbox.enqueue(openId, lt, "gavejas@example.lt", "Atviro tinklo kvietimas", "Tekstas");
			outbox.enqueue(closedId, lt, "gavejas@example.lt", "Uždaro tinklo kvietimas", "Tekstas");
		});

		WebSession platform = WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		String page = platform.get("/admin/outbox").text();
		assertThat(page).contains("Platformos laiškas apie tvarką", "Atviro tinklo kvietimas")
			.doesNotContain("Uždaro tinklo kvietimas");

		// the network changes its mind: its mail is hidden from then on, the other's appears
		jdbc.sql("update network set platform_admin_may_read = (id = ?) where id in (?, ?)")
			.params(closedId, openId, closedId)
			.update();
		page = platform.get("/admin/outbox").text();
		assertThat(page).contains("Platformos laiškas apie tvarką", "Uždaro tinklo kvietimas")
			.doesNotContain("Atviro tinklo kvietimas");
	}

	@Test
	void listsAMailWithAFileByItsSubjectAndNotItsBytes() {
		String subject = "Kvietimas su priedu " + System.nanoTime();
		byte[] pdf = "%PDF-1.7 kvietimo turinys %%EOF".getBytes(StandardCharsets.US_ASCII);
		transactions.executeWithoutResult(status -> outbox.enqueueWithAttachment(null, Locale.forLanguageTag("lt"),
				"priedas@example.lt", subject, "Tekstas", new Attachment("Kvietimas Šilutė.pdf", "application/pdf", pdf)));

		WebSession platform = WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		assertThat(platform.get("/admin/outbox").text()).contains(subject).doesNotContain("PDF-1.7", "kvietimo turinys");
	}
}
