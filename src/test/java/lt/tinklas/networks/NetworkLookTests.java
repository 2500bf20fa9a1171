package lt.tinklas.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.mail.internet.MimeMessage;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.EventType;
import lt.tinklas.events.Events;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.Documents;
import lt.tinklas.testing.TestMail;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each network's own look: the settings refuse a bad logo or colour and too long texts with a
 * message and keep what they had; the public site shows the network's logo, colour and, in English,
 * its English name; the two demo networks' sites differ; the staff see a way back to work and a
 * visitor does not; the yearly report and a certificate carry the logo and the signer; a network's
 * mail carries its name.
 */
@TinklasTest
class NetworkLookTests {

	static final String PASSWORD = "izvaizdos-slaptazodis";

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Events events;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	long network(String slug) {
		return networks.bySlug(slug).orElseGet(() -> networks.create(new Networks.NewNetwork(slug,
				"Išvaizdos tinklas", "admin@" + slug + ".lt", "Rasa Išvaizdaitė", PASSWORD, false), Locale.ROOT))
			.id();
	}

	static Map<String, String> form(NetworkSettings settings) {
		Map<String, String> form = new HashMap<>();
		form.put("name", settings.name());
		form.put("letterNumberPattern", settings.letterNumberPattern());
		form.put("version", String.valueOf(settings.version()));
		return form;
	}

	static byte[] png(int width, int height, Color colour) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(colour);
		g.fillRect(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	@Test
	void aBadColourOrTooLongTextIsRefusedWithAMessageAndNothingIsSaved() {
		long id = network("isvaizda-spalva");
		WebSession admin = WebSession.signedIn(port, "admin@isvaizda-spalva.lt", PASSWORD);
		NetworkSettings before = networks.settings(id);
		String page = "/n/isvaizda-spalva/settings";

		for (String colour : new String[] { "red", "#fff" }) {
			Map<String, String> form = form(before);
			form.put("colour", colour);
			form.put("mission", "Neišsaugota misija");
			WebSession.Page refused = admin.post(page, page, form);
			assertThat(refused.status()).isEqualTo(200);
			assertThat(refused.text()).as(colour)
				.contains("Spalvą rašykite kaip # ir šešis šešioliktainius skaitmenis, pvz., #1f4e79.");
			assertThat(networks.settings(id)).isEqualTo(before);
		}

		Map<String, String> pale = form(before);
		pale.put("colour", "#777777");
		WebSession.Page refused = admin.post(page, page, pale);
		assertThat(refused.text()).contains("Baltas tekstas ant šios spalvos sunkiai įskaitomas: kontrastas 4,4:1",
				"ne mažesnis nei 4,5:1");
		assertThat(networks.settings(id)).isEqualTo(before);

		Map<String, String> english = form(before);
		english.put("colour", "#ffff00");
		refused = admin.inLanguage("en").post(page, page, english);
		assertThat(refused.text()).contains("White text on this colour is hard to read: its contrast is 1.0:1");
		admin.inLanguage("lt");

		Map<String, String> tooLong = form(before);
		tooLong.put("nameEn", "N".repeat(201));
		tooLong.put("signerPosition", "P".repeat(201));
		refused = admin.post(page, page, tooLong);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Pataisykite pažymėtus laukus.");
		assertThat(refused.body()).contains("id=\"nameEn-error\"", "id=\"signerPosition-error\"");
		assertThat(networks.settings(id)).isEqualTo(before);
	}

	@Test
	void aLogoThatIsNoPngOrJpegOrTooLargeIsRefusedAndTheOldOneStays() {
		long id = network("isvaizda-logo");
		WebSession admin = WebSession.signedIn(port, "admin@isvaizda-logo.lt", PASSWORD);
		String page = "/n/isvaizda-logo/settings";
		String upload = page + "/logo";

		assertThat(admin.upload(page, upload, "logo", "logo.txt", "ne paveikslėlis".getBytes(StandardCharsets.UTF_8))
			.text()).contains("Logotipas turi būti PNG arba JPEG paveikslėlis (SVG ir kiti failai nepriimami).");
		byte[] svg = """
				<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="4"/></svg>"""
			.getBytes(StandardCharsets.UTF_8);
		assertThat(admin.upload(page, upload, "logo", "logo.svg", svg).text())
			.contains("Logotipas turi būti PNG arba JPEG paveikslėlis");
		byte[] large = new byte[600 * 1024];
		System.arraycopy(png(1, 1, Color.BLACK), 0, large, 0, 8);
		assertThat(admin.upload(page, upload, "logo", "logo.png", large).text())
			.contains("Logotipas per didelis: jis gali būti ne didesnis nei 512 KB.");
		byte[] broken = new byte[2048];
		System.arraycopy(png(1, 1, Color.BLACK), 0, broken, 0, 8);
		assertThat(admin.upload(page, upload, "logo", "logo.png", broken).text())
			.contains("Failo nepavyksta perskaityti kaip paveikslėlio");
		assertThat(admin.inLanguage("en").upload(page, upload, "logo", "logo.svg", svg).text())
			.contains("The logo must be a PNG or JPEG picture (SVG and other files are not accepted).");
		admin.inLanguage("lt");
		assertThat(networks.look(id).hasLogo()).isFalse();

		byte[] good = png(64, 64, new Color(0x0b6e5f));
		WebSession.Page saved = admin.upload(page, upload, "logo", "logo.png", good);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(networks.look(id).logo()).isEqualTo(good);
		assertThat(admin.upload(page, upload, "logo", "logo.svg", svg).text()).contains("Logotipas turi būti PNG");
		assertThat(networks.look(id).logo()).isEqualTo(good);

		// the staff and the board may not change it
		assertThat(WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD)
			.upload("/n/nsmot", "/n/nsmot/settings/logo", "logo", "logo.png", good).status()).isEqualTo(403);
	}

	@Test
	void thePublicSiteShowsTheLogoColourAndEnglishNameAndTheLogoIsKeptByBrowsers() throws Exception {
		long id = network("isvaizda-svetaine");
		WebSession admin = WebSession.signedIn(port, "admin@isvaizda-svetaine.lt", PASSWORD);
		String page = "/n/isvaizda-svetaine/settings";
		Map<String, String> form = form(networks.settings(id));
		form.put("nameEn", "Network of Looks");
		form.put("mission", "Rodyti savo veidą");
		form.put("missionEn", "To show its own face");
		form.put("colour", "#7A2866");
		form.put("signerName", "Rasa Išvaizdaitė");
		form.put("signerPosition", "Direktorė");
		form.put("signerPositionEn", "Director");
		assertThat(admin.post(page, page, form).status()).isEqualTo(302);
		assertThat(admin.upload(page, page + "/logo", "logo", "logo.png", png(32, 32, Color.BLUE)).status())
			.isEqualTo(302);
		NetworkLook look = networks.look(id);
		assertThat(look.colour()).isEqualTo("#7a2866");

		WebSession visitor = new WebSession(port);
		String lithuanian = visitor.get("/n/isvaizda-svetaine/public").body();
		assertThat(lithuanian).contains("--site-colour: #7a2866", "id=\"site-logo\"",
				"src=\"/n/isvaizda-svetaine/public/logo?v=" + look.logoVersion() + "\"", "Išvaizdos tinklas",
				"Rodyti savo veidą");
		String english = visitor.get("/n/isvaizda-svetaine/public?lang=en").body();
		assertThat(english).contains("<h1 class=\"site-hero-title\" id=\"hero-heading\">Network of Looks</h1>",
				"<span class=\"site-name\">Network of Looks</span>", "To show its own face",
				"<title>Home · Network of Looks</title>");

		HttpResponse<byte[]> logo = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + look.logoPath())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("Cache-Control").orElse("")).contains("max-age=86400", "public");
		assertThat(logo.body()).isEqualTo(look.logo());
		assertThat(visitor.get("/n/nsmot/public/logo").status()).isEqualTo(200);
		assertThat(visitor.get("/n/isvaizda-logo-nera/public/logo").status()).isEqualTo(404);
	}

	@Test
	void theTwoDemoNetworksSitesLookTheirOwn() {
		WebSession visitor = new WebSession(port);
		String nsmot = visitor.get("/n/nsmot/public").body();
		String children = visitor.get("/n/nvo-vaikams/public").body();
		NetworkLook nsmotLook = networks.look(networks.bySlug("nsmot").orElseThrow().id());
		NetworkLook childrenLook = networks.look(networks.bySlug("nvo-vaikams").orElseThrow().id());
		assertThat(nsmotLook.colour()).isNotEqualTo(childrenLook.colour());
		assertThat(nsmotLook.logo()).isNotEqualTo(childrenLook.logo());
		assertThat(nsmot).contains("--site-colour: " + nsmotLook.colour(), nsmotLook.logoPath(),
				"Nacionalinis skurdo mažinimo organizacijų tinklas");
		assertThat(children).contains("--site-colour: " + childrenLook.colour(), childrenLook.logoPath(),
				"NVO vaikams konfederacija");
		assertThat(visitor.get("/n/nvo-vaikams/public?lang=en").body()).contains("NGOs for Children Confederation");
	}

	@Test
	void theStaffSeeAWayBackToWorkAndAVisitorOrAMemberDoesNot() {
		assertThat(new WebSession(port).get("/n/nsmot/public").body()).doesNotContain("id=\"back-to-work\"");
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		assertThat(staff.get("/n/nsmot/public/news").body())
			.contains("id=\"back-to-work\" href=\"/n/nsmot\">Grįžti į darbą</a>");
		assertThat(staff.get("/n/nsmot/public").body()).contains("id=\"back-to-work\"");
		assertThat(WebSession.signedIn(port, DemoAccounts.NSMOT_MEMBER.email(), DemoAccounts.PASSWORD)
			.get("/n/nsmot/public")
			.body()).doesNotContain("id=\"back-to-work\"");
	}

	@Test
	void theYearlyReportAndACertificateCarryTheLogoAndTheSigner() throws Exception {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		WebSession staff = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);

		byte[] report = staff.download("/n/nsmot/reports/annual/2025.pdf?lang=en");
		assertThat(imagesIn(report)).isPositive();
		assertThat(Documents.pdfText(report)).contains("National Network of Poverty Reduction Organizations");

		long training = Tenancy.runAs(nsmot,
				() -> events.list(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), EventType.TRAINING).get(0).id());
		ParticipantView attendee = Tenancy.runAs(nsmot, () -> events.participants(training)).get(0);
		String path = "/n/nsmot/events/" + training + "/certificates/" + attendee.personId() + ".pdf";
		byte[] certificate = staff.download(path);
		assertThat(imagesIn(certificate)).isPositive();
		assertThat(Documents.pdfText(certificate)).contains("Aistė Jonaitienė", "Direktorė", attendee.name());
		assertThat(Documents.pdfText(staff.inLanguage("en").download(path))).contains("Aistė Jonaitienė", "Director",
				"National Network of Poverty Reduction Organizations");
		staff.inLanguage("lt");
		try (PDDocument document = Loader.loadPDF(certificate)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void aNetworksMailCarriesItsNameAndColour() throws Exception {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		NetworkLook look = networks.look(nsmot);
		String lithuanian = "isvaizda-" + System.nanoTime() + "@pastas.lt";
		String english = "look-" + System.nanoTime() + "@pastas.lt";
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(nsmot, Locale.forLanguageTag("lt"), lithuanian, "Tinklo laiškas", "Turinys");
			outbox.enqueue(nsmot, Locale.ENGLISH, english, "A network's mail", "Text");
		});
		MimeMessage mail = TestMail.latestTo(lithuanian);
		assertThat(TestMail.html(mail)).contains("background-color: " + look.colour(),
				">Nacionalinis skurdo mažinimo organizacijų tinklas</div>",
				"Šį laišką per Tinklą išsiuntė Nacionalinis skurdo mažinimo organizacijų tinklas.");
		assertThat(TestMail.body(mail)).isEqualTo("Turinys");
		assertThat(TestMail.html(TestMail.latestTo(english))).contains(
				">National Network of Poverty Reduction Organizations</div>",
				"This mail was sent by National Network of Poverty Reduction Organizations through Tinklas.");
	}

	/** How many pictures the PDF's pages draw. */
	private static int imagesIn(byte[] pdf) throws IOException {
		int images = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getXObjectNames()) {
					if (resources.getXObject(name) instanceof PDImageXObject) {
						images++;
					}
				}
			}
		}
		return images;
	}
}
