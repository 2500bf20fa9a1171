package lt.tinklas.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.application.ApplicationStatus;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Public applications through the API: eligibility with reasons, one decision, the mail. */
@TinklasTest
class ApplicationsTests {

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	@Autowired
	Networks networks;

	@Test
	void eligibilityIsCheckedOnTheApplicationDay() {
		ApiClient anyone = ApiClient.anonymous(port);
		ApiClient.Response eligible = anyone.post("/api/v1/networks/nsmot/membership-applications", """
				{"legalCode":"110003978","name":"Tinkama asociacija","foundedOn":"2020-01-01","ngoStatusSince":"2021-01-01",
				 "contactName":"Ona","contactEmail":"ona@tinkama.lt","appliedOn":"2025-06-01"}""");
		assertThat(eligible.status()).isEqualTo(201);
		assertThat(eligible.<Boolean>json("$.eligible")).isTrue();
		assertThat(eligible.<List<String>>json("$.reasons")).isEmpty();

		ApiClient.Response young = anyone.post("/api/v1/networks/nsmot/membership-applications", """
				{"legalCode":"188723322","name":"Jauna asociacija","foundedOn":"2024-07-01","ngoStatusSince":"2024-08-01",
				 "ngoStatusUntil":"2025-01-01","contactName":"Jonas","contactEmail":"jonas@jauna.lt","appliedOn":"2025-06-01"}""");
		assertThat(young.<Boolean>json("$.eligible")).isFalse();
		assertThat(young.<List<String>>json("$.reasons")).containsExactly("application.reason.noNgoStatus",
				"application.reason.tooYoung");
	}

	@Test
	void anApplicationIsDecidedOnceAndTheContactIsMailed() {
		ApiClient.Response applied = ApiClient.anonymous(port).post("/api/v1/networks/nsmot/membership-applications", """
				{"legalCode":"188719391","name":"Atmestina asociacija","foundedOn":"2010-01-01","ngoStatusSince":"2011-01-01",
				 "contactName":"Rimas","contactEmail":"rimas@atmestina.lt"}""");
		int id = applied.json("$.id");
		ApiClient board = ApiClient.basic(port, DemoAccounts.NSMOT_BOARD.email(), DemoAccounts.PASSWORD);
		String decision = "/api/v1/networks/nsmot/membership-applications/" + id + "/decision";

		ApiClient.Response early = board.post(decision, """
				{"decision":"REJECTED","decidedOn":"2000-01-01","reason":"Per anksti"}""");
		assertThat(early.<List<String>>json("$.errors[*].message"))
			.containsExactly("Sprendimas negali būti ankstesnis už prašymo datą.");

		ApiClient.Response rejected = board.post(decision, """
				{"decision":"REJECTED","decidedOn":"%s","decidedBy":"BOARD","reason":"Veikla nesusijusi su skurdo mažinimu"}"""
			.formatted(LocalDate.now()));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.<String>json("$.status")).isEqualTo("REJECTED");
		assertThat(TestMail.body(TestMail.latestTo("rimas@atmestina.lt")))
			.contains("Veikla nesusijusi su skurdo mažinimu");

		ApiClient.Response twice = board.post(decision, """
				{"decision":"ACCEPTED","decidedOn":"%s","decidedBy":"BOARD"}""".formatted(LocalDate.now()));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.<String>json("$.detail")).isEqualTo("Dėl šio prašymo jau priimtas sprendimas.");
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		assertThat(Tenancy.runAs(nsmot, () -> applications.get(id)).status()).isEqualTo(ApplicationStatus.REJECTED);
	}

	@Test
	void badApplicationsAreRefusedAndNothingIsKept() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		int before = Tenancy.runAs(nsmot, () -> applications.all()).size();
		ApiClient.Response bad = ApiClient.anonymous(port).inLanguage("en").post(
				"/api/v1/networks/nsmot/membership-applications", """
						{"legalCode":"188719390","name":"","foundedOn":"2999-01-01","seatMunicipality":"LT-99",
						 "contactName":"X","contactEmail":"ne-adresas"}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("legalCode", "name",
				"contactEmail", "foundedOn", "seatMunicipality");
		assertThat(bad.<List<String>>json("$.errors[?(@.field == 'legalCode')].message"))
			.containsExactly("The code's check digit is wrong: check that the code was typed correctly.");
		assertThat(Tenancy.runAs(nsmot, () -> applications.all())).hasSize(before);
	}
}
