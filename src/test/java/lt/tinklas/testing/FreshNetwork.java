package lt.tinklas.testing;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;

/**
 * A network made for one test through the platform admin's API, so it holds no demo record, with
 * its admin ({@code vadove@<slug>.lt}) and its records made in one line each:
 *
 * <pre>
 * FreshNetwork network = FreshNetwork.create(port, "statistika", "Statistikos tinklas");
 * long member = network.organization("30000001", "Pirmoji bendrija", "2020-01-01");
 * long event = network.event("TRAINING", "Mokymai", "2021-03-01T10:00:00+02:00", "2021-03-01T14:00:00+02:00", 4);
 * </pre>
 */
public final class FreshNetwork {

	public static final String PASSWORD = "labai-slaptas-1";

	private final int port;
	private final String slug;
	private final ApiClient admin;

	private FreshNetwork(int port, String slug) {
		this.port = port;
		this.slug = slug;
		this.admin = ApiClient.basic(port, adminEmail(), PASSWORD);
	}

	/** Makes the network, or fails the test with the API's answer. */
	public static FreshNetwork create(int port, String slug, String name) {
		ApiClient platform = ApiClient.basic(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
		ApiClient.Response created = platform.post("/api/v1/networks", """
				{"slug":"%s","name":"%s","adminEmail":"vadove@%s.lt","adminPassword":"%s"}"""
			.formatted(slug, name, slug, PASSWORD));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new FreshNetwork(port, slug);
	}

	public String slug() {
		return slug;
	}

	public String adminEmail() {
		return "vadove@" + slug + ".lt";
	}

	/** The network's API, {@code /api/v1/networks/<slug>}. */
	public String api() {
		return "/api/v1/networks/" + slug;
	}

	/** The network's pages, {@code /n/<slug>}. */
	public String pages() {
		return "/n/" + slug;
	}

	/** Its admin through the API. */
	public ApiClient admin() {
		return admin;
	}

	/** Its admin signed in to the pages. */
	public WebSession signedIn() {
		return WebSession.signedIn(port, adminEmail(), PASSWORD);
	}

	/** An organization with the legal code completed from its first eight digits; a member since the day, or none. */
	public long organization(String firstEight, String name, String memberSince) {
		String code = LegalCode.complete(firstEight).orElseThrow();
		return created(admin.post(api() + "/organizations", memberSince == null
				? "{\"legalCode\":\"%s\",\"name\":\"%s\"}".formatted(code, name)
				: "{\"legalCode\":\"%s\",\"name\":\"%s\",\"memberSince\":\"%s\"}".formatted(code, name, memberSince)));
	}

	/** A person who reads Lithuanian. */
	public long person(String firstName, String lastName, String email) {
		return created(admin.post(api() + "/people", """
				{"firstName":"%s","lastName":"%s","email":"%s","language":"lt"}""".formatted(firstName, lastName, email)));
	}

	/** A live event of the type, from and to the moments given (ISO with the offset), of so many hours. */
	public long event(String type, String title, String startsAt, String endsAt, int hours) {
		return created(admin.post(api() + "/events", """
				{"type":"%s","title":"%s","startsAt":"%s","endsAt":"%s","format":"LIVE","hours":%d}"""
			.formatted(type, title, startsAt, endsAt, hours)));
	}

	/** The same, held in the municipality (its ISO code, such as LT-13). */
	public long event(String type, String title, String startsAt, String endsAt, int hours, String municipality) {
		return created(admin.post(api() + "/events", """
				{"type":"%s","title":"%s","startsAt":"%s","endsAt":"%s","format":"LIVE","hours":%d,"municipality":"%s"}"""
			.formatted(type, title, startsAt, endsAt, hours, municipality)));
	}

	/** The id of what the API made, or the test fails with its answer. */
	public static long created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.<Number>json("$.id").longValue();
	}
}
