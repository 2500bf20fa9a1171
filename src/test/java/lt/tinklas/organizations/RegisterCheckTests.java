package lt.tinklas.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register's NGO files update the known organizations and name the members without status. */
@TinklasTest
class RegisterCheckTests {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Autowired
	Networks networks;

	OrganizationView named(String q) {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		return Tenancy.runAs(nsmot, () -> organizations
			.search(new OrganizationFilter(q, null, null, null, null, null), 0, 1)
			.items()
			.get(0));
	}

	@Test
	void aHundredThousandRowsUpdateTheMembersAndNameThoseWithoutStatus() {
		OrganizationView caritas = named("Caritas");
		OrganizationView food = named("Maisto bankas");
		StringBuilder current = new StringBuilder("ja_kodas|ja_pavadinimas|ja_reg_data|form_kodas|form_pavadinimas|nvo_nuo|formavimo_data\n");
		for (int i = 0; i < 100_000; i++) {
			current.append(String.format("%09d", 500_000_000 + i)).append("|Kita organizacija|2001-01-01|950|Asociacija|2015-03-04|2026-11-01\n");
		}
		current.append(food.legalCode()).append("|Maisto bankas|1999-01-01|950|Asociacija|2016-02-01|2026-11-01\n");
		String ended = "ja_kodas|ja_pavadinimas|ja_reg_data|form_kodas|form_pavadinimas|nvo_nuo|nvo_iki|formavimo_data\n"
				+ caritas.legalCode() + "|Lietuvos Caritas|1990-01-01|960|Religinė bendruomenė|2014-01-01|2025-06-30|2026-11-01\n";

		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/organizations/register";
		WebSession.Page result = staff.uploadTwo(page, page, "current", "JAR_NVO_NUO.csv",
				current.toString().getBytes(StandardCharsets.UTF_8), "ended", "JAR_NVO_IKI.csv",
				ended.getBytes(StandardCharsets.UTF_8));
		// numbers are grouped the Lithuanian way, with a no-break space: 100 002
		assertThat(result.text()).containsPattern("Perskaityta eilučių: 100\u00a0002;");
		assertThat(result.text()).contains("Nariai, praradę NVO žymą (1)",
				"Lietuvos Caritas", "žyma galiojo iki 2025-06-30", "Nariai, registre neturintys NVO žymos");

		assertThat(named("Maisto bankas").ngoStatusSince()).hasToString("2016-02-01");
		assertThat(named("Maisto bankas").ngoStatusChecked()).isTrue();
		assertThat(named("Caritas").ngoStatusUntil()).hasToString("2025-06-30");
	}

	@Test
	void aFileThatIsNotTheRegistersIsRefused() {
		OrganizationView before = named("SOS");
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		String page = "/n/nsmot/organizations/register";
		WebSession.Page result = staff.upload(page, page, "current", "kitas.csv",
				"kodas,pavadinimas\n123,X\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result.text()).contains("Failas nėra registro NVO duomenų failas");
		assertThat(named("SOS")).isEqualTo(before);
	}
}
