package lt.tinklas.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A link kept in a record (evidence of a quality stage, an online event's address, a website) is
 * http, https or mailto: a script address is refused where it is typed, and one already stored is
 * never written into a page as a link.
 */
@TinklasTest
class StoredLinksTests {

	private static final String API = "/api/v1/networks/nsmot";

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Organizations organizations;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	long organization() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		return Tenancy.runAs(nsmot, () -> organizations.names().keySet().stream().skip(3).findFirst().orElseThrow());
	}

	@Autowired
	QualityStandards quality;

	/** A standard of the test's own, so that no stage of the demo's stands in the way. */
	String standard() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		return Tenancy.runAs(nsmot, () -> quality.addStandard("Nuorodų" + System.nanoTime() % 100000, List.of())).name();
	}

	ApiClient.Response stage(long organization, String standard, String link) {
		return staff().post(API + "/organizations/" + organization + "/quality-stages", """
				{"standard":"%s","level":null,"stage":"INTRODUCTORY_TRAINING","on":"2029-01-10","evidenceLink":"%s"}"""
			.formatted(standard, link));
	}

	int stages(long organization) {
		return jdbc.sql("select count(*) from quality_step where organization_id = ?").param(organization).query(Integer.class)
			.single();
	}

	@Test
	void aQualityStageTakesNoScriptAddressAsItsEvidence() {
		long organization = organization();
		String standard = standard();
		int before = stages(organization);
		for (String link : List.of("javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)",
				"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "//kitas.lt/x")) {
			ApiClient.Response refused = stage(organization, standard, link);
			assertThat(refused.status()).as(link).isEqualTo(400);
			assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("evidenceLink");
			assertThat(refused.<String>json("$.errors[0].message"))
				.isEqualTo("Nuoroda turi prasidėti http://, https:// arba mailto:.");
		}
		assertThat(stages(organization)).isEqualTo(before);
		assertThat(stage(organization, standard, "mailto:auditorius@pavyzdys.lt").status()).isEqualTo(201);
		assertThat(stages(organization)).isEqualTo(before + 1);
	}

	@Test
	void anOnlineEventTakesNoScriptAddress() {
		ApiClient.Response refused = staff().post(API + "/events", """
				{"type":"TRAINING","title":"Nuotolinis","startsAt":"2029-02-01T10:00:00+02:00",
				 "endsAt":"2029-02-01T12:00:00+02:00","onlineLink":"javascript:alert(1)"}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("onlineLink");
		assertThat(jdbc.sql("select count(*) from event where title = 'Nuotolinis'").query(Integer.class).single()).isZero();
	}

	@Test
	void aScriptAddressStoredBeforeTheRuleIsShownAsTextNotAsALink() {
		long organization = organization();
		assertThat(stage(organization, standard(), "https://pavyzdys.lt/ivadas").status()).isEqualTo(201);
		jdbc.sql("update quality_step set evidence_link = 'javascript:alert(1)' where organization_id = ? and evidence_link = ?")
			.param(organization)
			.param("https://pavyzdys.lt/ivadas")
			.update();
		WebSession session = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		WebSession.Page page = session.get("/n/nsmot/quality/organizations/" + organization);
		assertThat(page.text()).contains("javascript:alert(1)");
		assertThat(page.html()).doesNotContain("href=\"javascript:");
	}
}
