package lt.tinklas.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.shared.personal.PersonalDataHolder;
import lt.tinklas.shared.personal.ProcessingDeclaration;
import lt.tinklas.shared.personal.ProcessingRecord;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The register of processing: every module that holds personal data declares what it keeps, each
 * entry has its texts in both languages, and the platform admin reads it on a page and as a PDF.
 */
@TinklasTest
class ProcessingRegisterTests {

	@LocalServerPort
	int port;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	List<ProcessingDeclaration> declarations;

	@Autowired
	MessageSource messages;

	@Test
	void everyModuleThatHoldsPersonalDataDeclaresItsProcessing() {
		Set<String> holding = new TreeSet<>();
		holders.forEach(holder -> holding.add(module(holder)));
		Set<String> declaring = new TreeSet<>();
		declarations.stream().filter(d -> !d.processing().isEmpty()).forEach(d -> declaring.add(module(d)));
		assertThat(holding).isNotEmpty();
		assertThat(declaring).as("modules with entries in the register of processing").containsAll(holding);
	}

	@Test
	void everyEntryHasItsTextsInBothLanguages() {
		for (ProcessingDeclaration declaration : declarations) {
			for (ProcessingRecord record : declaration.processing()) {
				assertThat(record.basis()).isNotNull();
				for (String language : List.of("lt", "en")) {
					for (String part : ProcessingRecord.PARTS) {
						try {
							assertThat(messages.getMessage(record.message(part), null, Locale.forLanguageTag(language)))
								.isNotBlank();
						}
						catch (NoSuchMessageException e) {
							throw new AssertionError(record.message(part) + " has no " + language + " text", e);
						}
					}
				}
			}
		}
	}

	@Test
	void thePlatformAdminReadsTheRegisterInBothLanguagesAndAsPdf() throws IOException {
		WebSession platform = WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		String lt = platform.get("/admin/processing").text();
		assertThat(lt).contains("Duomenų tvarkymo veiklos įrašai", "Renginių registracijos ir dalyvavimas",
				"Sutikimas (BDAR 6 str. 1 d. a p.)", "Siunčiami laiškai");
		assertThat(platform.get("/admin/networks").html()).contains("/admin/processing");

		String en = platform.inLanguage("en").get("/admin/processing").text();
		assertThat(en).contains("Records of processing activities", "Event registrations and attendance",
				"Legitimate interests (GDPR Art. 6(1)(f))");

		byte[] pdf = platform.download("/admin/processing.pdf");
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Records of processing activities", "Outgoing mail");
		}
		byte[] pdfLt = platform.inLanguage("lt").download("/admin/processing.pdf");
		try (var document = Loader.loadPDF(pdfLt)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("Duomenų tvarkymo veiklos įrašai", "Naudotojų paskyros ir prisijungimas");
		}
	}

	@Test
	void aNetworksAdminMayNotReadIt() {
		WebSession admin = WebSession.signedIn(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		assertThat(admin.get("/admin/processing").status()).isEqualTo(403);
		assertThat(admin.get("/admin/processing.pdf").status()).isEqualTo(403);
	}

	/** The module a bean belongs to: the package after {@code lt.tinklas}. */
	private static String module(Object bean) {
		return AopUtils.getTargetClass(bean).getPackageName().split("\\.")[2];
	}
}
