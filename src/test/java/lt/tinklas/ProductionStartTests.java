package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import lt.tinklas.identity.Users;
import lt.tinklas.networks.Networks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A production start: no demo, and the first platform admin only from the environment. */
class ProductionStartTests {

	static SpringApplicationBuilder production() {
		return new SpringApplicationBuilder(TinklasApplication.class).properties("server.port=0",
				"spring.main.banner-mode=off");
	}

	static String database() {
		return "spring.datasource.url=jdbc:h2:mem:production-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	/** Command-line arguments outrank application.properties, as the environment does in production. */
	static String[] arguments(String... properties) {
		return Stream.concat(Stream.of("server.port=0"),
				Arrays.stream(properties)).map(p -> "--" + p).toArray(String[]::new);
	}

	@Test
	void aStartWithNoUserAndNoAdminSettingsSaysSoAndStops() {
		assertThatThrownBy(() -> production().run(arguments(database())).close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("TINKLAS_ADMIN_EMAIL")
			.hasMessageContaining("TINKLAS_ADMIN_PASSWORD");
	}

	@Test
	void theFirstPlatformAdminComesFromTheEnvironmentAndNoDemoIsLoaded() {
		try (ConfigurableApplicationContext context = production()
			.run(arguments(database(), "tinklas.admin.email=Vadove@Example.lt",
					"tinklas.admin.password=ilgas-slaptazodis"))) {
			Users users = context.getBean(Users.class);
			assertThat(users.exists("vadove@example.lt")).isTrue();
			assertThat(context.getBean(Networks.class).all()).isEmpty();
		}
	}

	@Test
	void theDemoNeverWritesItsUsersIntoADatabaseThatServesANetwork() {
		String database = database();
		try (ConfigurableApplicationContext context = production()
			.run(arguments(database, "tinklas.admin.email=vadove@example.lt", "tinklas.admin.password=ilgas-slaptazodis"))) {
			context.getBean(Networks.class)
				.create(new Networks.NewNetwork("tikras", "Tikras tinklas", "admin@tikras.lt", "Admin", "ilgas-slaptazodis",
						false), java.util.Locale.forLanguageTag("lt"));
		}
		assertThatThrownBy(() -> production().run(arguments(database, "tinklas.demo.enabled=true")).close())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("only into an empty database")
			.hasMessageContaining("tikras");
		try (ConfigurableApplicationContext context = production().run(arguments(database))) {
			Users users = context.getBean(Users.class);
			assertThat(users.exists("platforma@tinklas.demo")).isFalse();
			assertThat(users.exists("darbuotoja@nsmot.demo")).isFalse();
			assertThat(context.getBean(Networks.class).all()).extracting(n -> n.slug()).containsExactly("tikras");
		}
	}
}
