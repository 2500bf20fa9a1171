package lt.tinklas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's screenshots (docs/screenshots, written with {@code -Dtinklas.docs.write=true}):
 * the staff's home and an organization's page on a 1366 px desktop, and the list of members on a
 * 390 px phone, in Lithuanian, each a PNG as wide as its screen and small enough for the README.
 */
@TinklasTest
class ScreenshotsJourneyTest {

	/** A picture the README carries stays small. */
	private static final long MAX_BYTES = 300 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Organizations organizations;

	@Test
	void theReadmesPicturesAreTakenFromThePagesAsTheStaffSeeThem() throws IOException {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		long foodBank = Tenancy.runAs(nsmot, () -> organizations
			.search(new OrganizationFilter("Maisto bankas", null, null, null, null, null), 0, 1)
			.items()
			.get(0)
			.id());
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type(By.id("username"), DemoAccounts.NSMOT_STAFF.email())
				.type(By.id("password"), DemoAccounts.PASSWORD)
				.click(By.cssSelector("form[action='/login'] button[type=submit]"));
			browser.language("lt").resize(1366, 900);

			browser.open("/n/nsmot");
			assertThat(browser.title()).isNotBlank();
			assertPicture(Screenshots.take(browser, "home"), 1366);

			browser.open("/n/nsmot/organizations/" + foodBank);
			assertThat(browser.text()).contains("Maisto bankas");
			assertPicture(Screenshots.take(browser, "organization"), 1366);

			browser.resize(390, 844).open("/n/nsmot/organizations");
			assertThat(browser.text()).contains("Maisto bankas");
			assertPicture(Screenshots.take(browser, "organizations-phone"), 390);
		}
		if (Screenshots.writingDocs()) {
			assertThat(Screenshots.KEPT.resolve("home.png")).exists();
		}
	}

	private static void assertPicture(Path file, int width) throws IOException {
		BufferedImage image = ImageIO.read(file.toFile());
		assertThat(image).as("%s is a PNG", file).isNotNull();
		assertThat(image.getWidth()).as("%s is as wide as its screen", file).isEqualTo(width);
		assertThat(Files.size(file)).as("%s stays small", file).isLessThan(MAX_BYTES);
	}
}
