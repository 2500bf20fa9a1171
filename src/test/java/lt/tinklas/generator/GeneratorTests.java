package lt.tinklas.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.GeneratedNetworks;
import lt.tinklas.testing.TestDatabase;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load-test data generator, run with a small custom size beside the demo: what the generated
 * staff user then sees on the pages and through the API with the bench token, that the same size
 * gives the same data, and the refusals, which change nothing. The generated networks are removed
 * at the end, so the other tests find the demo as it was.
 */
@TinklasTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorTests {

	/** The counts of one small network each; "gen001" and "gen002", and the empty "importas". */
	static final Map<String, String> SMALL = Map.of("networks", "2", "organizations", "30", "people", "150", "events",
			"60", "participations", "900", "ratings", "150", "positions", "8", "meetings", "4", "projects", "2", "slug",
			"gen");

	/** The tables whose rows the generation adds, to see that a refused run adds none. */
	static final List<String> TABLES = List.of("network", "user_account", "api_token", "organization",
			"membership_record", "person", "event", "participation", "feedback", "advocacy_position", "project",
			"strategy");

	@LocalServerPort
	int port;

	@Autowired
	DataGenerator generator;

	/** The database as its owner sees it, for the test's own setup and checks. */
	JdbcClient jdbc = TestDatabase.ownerJdbc();

	GenerationReport report;

	@BeforeAll
	void generate() {
		report = generator.generate(GenerationSize.of("custom", custom(SMALL)));
	}

	@AfterAll
	void removeTheGeneratedNetworks() {
		GeneratedNetworks.remove(jdbc, List.of("gen001", "gen002", "det001", "importas"));
	}

	@Test
	void theReportCountsWhatWasWritten() {
		assertThat(report.slugs()).containsExactly("gen001", "gen002", "importas");
		assertThat(report.rowsOf("organization")).isEqualTo(60);
		assertThat(report.rowsOf("person")).isEqualTo(300);
		assertThat(report.rowsOf("event")).isEqualTo(120);
		assertThat(report.rowsOf("participation")).isEqualTo(1800);
		assertThat(report.rowsOf("feedback")).isEqualTo(300);
		assertThat(report.rowsOf("user_account")).isEqualTo(6);
		assertThat(report.text()).contains("participation", "rows/s");
		assertThat(count("participation", "gen002")).isEqualTo(900);
	}

	@Test
	void theStaffUserSignsInAndSeesTheNetworksOrganizations() {
		WebSession staff = WebSession.signedIn(port, "darbuotoja@gen001.bench", "tinklas-bench");
		WebSession.Page list = staff.get("/n/gen001/organizations");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains("Rasta organizacijų: 30");
		long event = jdbc.sql("""
				select e.id from event e join network n on n.id = e.network_id
				where n.slug = 'gen001' and e.type = 'TRAINING' and e.status = 'HELD' order by e.id limit 1""")
			.query(Long.class)
			.single();
		WebSession.Page training = staff.get("/n/gen001/events/" + event);
		assertThat(training.status()).isEqualTo(200);
		assertThat(training.text()).contains("Įvykęs");
		assertThat(staff.get("/n/gen001/reports/annual/2025").status()).isEqualTo(200);
		WebSession admin = WebSession.signedIn(port, "admin@gen001.bench", "tinklas-bench");
		assertThat(admin.get("/n/gen001/users").text()).contains("darbuotoja@gen001.bench");
	}

	@Test
	void theTokenOpensTheApiOfItsOwnNetworkOnly() {
		OffsetDateTime otherBefore = lastUsed("darbuotoja@gen002.bench");
		ApiClient api = ApiClient.token(port, "tk_bench_gen001");
		ApiClient.Response organizations = api.get("/api/v1/networks/gen001/organizations");
		assertThat(organizations.status()).isEqualTo(200);
		assertThat(organizations.<Integer>json("$.total")).isEqualTo(30);
		assertThat(api.get("/api/v1/networks/gen002/organizations").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/networks/nsmot/organizations").status()).isEqualTo(404);
		ApiClient.Response empty = ApiClient.token(port, "tk_bench_importas").get("/api/v1/networks/importas/organizations");
		assertThat(empty.<Integer>json("$.total")).isZero();
		assertThat(ApiClient.token(port, "tk_bench_nowhere").get("/api/v1/networks/gen001/organizations").status())
			.isEqualTo(401);
		// the use is noted on the token that was used, and on no other
		assertThat(lastUsed("darbuotoja@gen001.bench")).isNotNull();
		assertThat(lastUsed("darbuotoja@gen002.bench")).isEqualTo(otherBefore);
	}

	@Test
	void theYearlyReportCountsThe2025TrainingsHeld() {
		long held = jdbc.sql("""
				select count(*) from event e join network n on n.id = e.network_id
				where n.slug = 'gen002' and e.type = 'TRAINING' and e.status = 'HELD'
				and e.starts_at >= timestamptz '2025-01-01 00:00 Europe/Vilnius'
				and e.starts_at < timestamptz '2026-01-01 00:00 Europe/Vilnius'""")
			.query(Long.class)
			.single();
		long attended = jdbc.sql("""
				select count(*) from participation p join event e on e.id = p.event_id join network n on n.id = e.network_id
				where n.slug = 'gen002' and e.type = 'TRAINING' and p.status = 'ATTENDED'
				and e.starts_at >= timestamptz '2025-01-01 00:00 Europe/Vilnius'
				and e.starts_at < timestamptz '2026-01-01 00:00 Europe/Vilnius'""")
			.query(Long.class)
			.single();
		assertThat(held).isPositive();
		ApiClient.Response year = ApiClient.token(port, "tk_bench_gen002").get("/api/v1/networks/gen002/reports/annual/2025");
		assertThat(year.status()).as(year.body()).isEqualTo(200);
		assertThat(year.<Integer>json("$.trainings.count")).isEqualTo((int) held);
		assertThat(year.<Integer>json("$.trainings.participations")).isEqualTo((int) attended);
		assertThat(year.<Double>json("$.trainings.averageRating")).isBetween(7.0, 10.0);
	}

	@Test
	void theSameSizeGivesTheSameData() {
		Map<String, String> again = new LinkedHashMap<>(SMALL);
		again.put("networks", "1");
		again.put("slug", "det001");
		again.put("import-network", "false");
		// one network of the same counts: the first network's records again, under another slug
		generator.generate(GenerationSize.of("custom", custom(again)));
		String organizations = """
				select string_agg(o.legal_code || ' ' || o.name || ' ' || o.founded_on, '; ' order by o.id)
				from organization o join network n on n.id = o.network_id where n.slug = ?""";
		String people = """
				select string_agg(p.first_name || ' ' || p.last_name || ' ' || p.email, '; ' order by p.id)
				from person p join network n on n.id = p.network_id where n.slug = ?""";
		String participations = """
				select string_agg(e.starts_at || ' ' || p.status || ' ' || p.registered_at, '; ' order by p.id)
				from participation p join event e on e.id = p.event_id join network n on n.id = p.network_id where n.slug = ?""";
		for (String sql : List.of(organizations, people, participations)) {
			String first = jdbc.sql(sql).param("gen001").query(String.class).single();
			assertThat(jdbc.sql(sql).param("det001").query(String.class).single()).isEqualTo(first);
		}
	}

	@Test
	void anUnknownSizeIsRefusedAndChangesNothing() {
		Map<String, Long> before = counts();
		assertThatThrownBy(() -> GenerationSize.of("huge", custom(Map.of()))).isInstanceOf(GenerationRefused.class)
			.hasMessageContaining("Unknown size 'huge'")
			.extracting(e -> ((GenerationRefused) e).action())
			.asString()
			.contains("large, platform, custom");
		assertThatThrownBy(() -> GenerationSize.of("custom", custom(Map.of("people", "many"))))
			.isInstanceOf(GenerationRefused.class)
			.hasMessageContaining("tinklas.generate.people must be a whole number");
		assertThatThrownBy(() -> GenerationSize.of("large", custom(Map.of("people", "10"))))
			.isInstanceOf(GenerationRefused.class)
			.hasMessageContaining("read only with tinklas.generate=custom");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anExistingSlugIsRefusedAndChangesNothing() {
		Map<String, Long> before = counts();
		GenerationSize same = GenerationSize.of("custom", custom(SMALL));
		assertThatThrownBy(() -> generator.generate(same)).isInstanceOf(GenerationRefused.class)
			.hasMessageContaining("gen001, gen002, importas already exist")
			.hasMessageContaining("wrote nothing");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void theCommandRefusesADatabaseThatIsNotPostgresBeforeItConnects() {
		StandardEnvironment embedded = environment(Map.of("tinklas.generate", "large", "spring.datasource.url",
				"jdbc:h2:file:./data/tinklas;MODE=PostgreSQL"));
		assertThatThrownBy(() -> GenerateCommand.Preflight.check(embedded)).isInstanceOf(GenerationRefused.class)
			.hasMessageContaining("PostgreSQL only")
			.hasMessageContaining("jdbc:h2:file:./data/tinklas")
			.extracting(e -> ((GenerationRefused) e).action())
			.asString()
			.contains("SPRING_DATASOURCE_URL");
		StandardEnvironment unknown = environment(Map.of("tinklas.generate", "huge", "spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:5432/x"));
		assertThatThrownBy(() -> GenerateCommand.Preflight.check(unknown)).hasMessageContaining("Unknown size");
		StandardEnvironment fine = environment(Map.of("tinklas.generate", "platform", "spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:5432/x", "tinklas.demo.enabled", "true"));
		GenerateCommand.Preflight.check(fine);
		assertThat(fine.getProperty("tinklas.demo.enabled")).as("the demo is off while generating").isEqualTo("false");
		assertThat(GenerateCommand.requested(new String[] { "--server.port=8099", "--tinklas.generate=large" })).isTrue();
	}

	private static Function<String, String> custom(Map<String, String> counts) {
		return key -> key.startsWith(GenerationSize.PROPERTY + ".")
				? counts.get(key.substring(GenerationSize.PROPERTY.length() + 1)) : null;
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	private OffsetDateTime lastUsed(String email) {
		return jdbc.sql("select t.last_used_at from api_token t join user_account u on u.id = t.user_id where u.email = ?")
			.param(email)
			.query(OffsetDateTime.class)
			.list()
			.get(0);
	}

	private long count(String table, String slug) {
		return jdbc.sql("select count(*) from " + table + " t join network n on n.id = t.network_id where n.slug = ?")
			.param(slug)
			.query(Long.class)
			.single();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}
}
