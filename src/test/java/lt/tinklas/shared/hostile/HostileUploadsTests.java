package lt.tinklas.shared.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Files made to hurt the server, uploaded where a spreadsheet, a PDF or a picture is expected: each
 * is refused with a message in the user's language, quickly and without filling the memory, and
 * nothing is stored.
 */
@TinklasTest
class HostileUploadsTests {

	private static final Locale LITHUANIAN = Locale.forLanguageTag("lt");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	FreshNetwork network;

	WebSession admin;

	@BeforeEach
	void network() {
		network = FreshNetwork.create(port, "failai-" + System.nanoTime() % 1_000_000, "Failų tinklas");
		admin = network.signedIn();
	}

	@Test
	void aZipBombDisguisedAsASpreadsheetIsRefusedBeforeItIsUnpacked() {
		byte[] bomb = HostileFiles.zipBomb();
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		String imports = network.pages() + "/organizations/import";

		Measured<WebSession.Page> answer = measured(() -> admin.upload(imports, imports, "file", "nariai.xlsx", bomb));

		System.out.printf("HOSTILE UPLOADS: zip bomb of %d KB (1 GB unpacked) refused in %d ms, heap peak +%d MB%n",
				bomb.length / 1024, answer.millis(), answer.heapMegabytes());
		assertThat(answer.value().status()).isEqualTo(200);
		assertThat(answer.value().text()).contains(text("file.error.tooLargeUnpacked"));
		assertThat(answer.millis()).isLessThan(10_000);
		assertThat(organizations()).isZero();
	}

	@Test
	void aMillionRowsAreRefusedWithoutReadingThemAll() {
		byte[] xlsx = HostileFiles.manyRows(1_000_000);
		byte[] csv = HostileFiles.manyCsvRows(1_000_000);
		String imports = network.pages() + "/organizations/import";

		Measured<WebSession.Page> spreadsheet = measured(
				() -> admin.upload(imports, imports, "file", "nariai.xlsx", xlsx));
		Measured<WebSession.Page> table = measured(() -> admin.upload(imports, imports, "file", "nariai.csv", csv));

		System.out.printf("HOSTILE UPLOADS: a million rows as XLSX of %d KB refused in %d ms, heap peak +%d MB;"
				+ " as CSV of %d KB in %d ms, heap peak +%d MB%n", xlsx.length / 1024, spreadsheet.millis(),
				spreadsheet.heapMegabytes(), csv.length / 1024, table.millis(), table.heapMegabytes());
		for (Measured<WebSession.Page> answer : List.of(spreadsheet, table)) {
			assertThat(answer.value().status()).isEqualTo(200);
			assertThat(answer.value().text()).contains(text("file.error.tooManyRows"));
			assertThat(answer.millis()).isLessThan(10_000);
		}
		assertThat(organizations()).isZero();
	}

	@Test
	void theAttendanceSheetAndTheBudgetAreReadWithinTheSameLimits() {
		long event = network.event("TRAINING", "Mokymai", "2026-03-01T10:00:00+02:00", "2026-03-01T14:00:00+02:00", 4);
		String page = network.pages() + "/events/" + event;

		WebSession.Page answer = admin.upload(page, page + "/attendance/import", "file", "lankomumas.xlsx",
				HostileFiles.zipBomb());

		assertThat(answer.status()).isEqualTo(302);
		assertThat(admin.get(answer.location().replaceFirst("^https?://[^/]+", "")).text())
			.contains(text("file.error.tooLargeUnpacked"));
	}

	@Test
	void aPdfThatIsAlsoAPageAndAPathForANameAreRefusedWhereDocumentsAreKept() {
		long event = network.event("TRAINING", "Mokymai", "2026-03-01T10:00:00+02:00", "2026-03-01T14:00:00+02:00", 4);
		String page = network.pages() + "/events/" + event + "?tab=materials";
		String materials = network.pages() + "/events/" + event + "/materials";
		List<String> shown = new ArrayList<>();

		for (Object[] upload : List.of(new Object[] { "medziaga.pdf", HostileFiles.polyglotPdf(), "file.error.contentMismatch" },
				new Object[] { "../../x.pdf", HostileFiles.pdf(), "file.error.name" },
				new Object[] { "medziaga.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
						"file.error.contentMismatch" })) {
			WebSession.Page answer = admin.upload(page, materials, "file", (String) upload[0], (byte[]) upload[1]);
			assertThat(answer.status()).isEqualTo(302);
			String next = admin.get(answer.location().replaceFirst("^https?://[^/]+", "")).text();
			assertThat(next).contains(text((String) upload[2]));
			shown.add(next);
		}

		assertThat(shown.get(shown.size() - 1)).doesNotContain("x.pdf").doesNotContain("medziaga.pdf");
	}

	@Test
	void aLogoThatIsAlsoAPageIsRefused() {
		String settings = network.pages() + "/settings";

		WebSession.Page answer = admin.upload(settings, settings + "/logo", "logo", "logo.png", HostileFiles.polyglotPng());

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).doesNotContain("<script>alert(1)</script>");
		assertThat(admin.get(network.pages() + "/public/logo").status()).isEqualTo(404);
	}

	@Test
	void aPublicationThatIsAlsoAPageOrNamedWithAPathIsRefused() {
		String site = network.pages() + "/site";
		for (Object[] upload : List.of(new Object[] { "ataskaita.pdf", HostileFiles.polyglotPdf(), "publishing.error.fileType" },
				new Object[] { "../../x.pdf", HostileFiles.pdf(), "file.error.name" })) {
			WebSession.Page answer = admin.upload(site, site + "/publications", "file", (String) upload[0],
					(byte[]) upload[1]);
			assertThat(answer.status()).isLessThan(500);
			String shown = answer.status() == 302
					? admin.get(answer.location().replaceFirst("^https?://[^/]+", "")).text() : answer.text();
			assertThat(shown).contains(text((String) upload[2]));
		}
	}

	private long organizations() {
		return network.admin().get(network.api() + "/organizations").<Number>json("$.total").longValue();
	}

	private String text(String key) {
		return messages.getMessage(key, null, LITHUANIAN);
	}

	/** What a call answered, how long it took and how much the heap grew at its peak meanwhile. */
	record Measured<T>(T value, long millis, long heapMegabytes) {
	}

	private static <T> Measured<T> measured(Supplier<T> call) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		T value = call.get();
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		return new Measured<>(value, millis, Math.max(0, peak - before) / (1024 * 1024));
	}
}
