package lt.tinklas.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the run's PostgreSQL database and the test SMTP server. */
public class PostgresTestSetup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.datasource.url=" + TestDatabase.url(), "spring.datasource.username=" + TestDatabase.user(),
					"spring.datasource.password=" + TestDatabase.password(), "spring.mail.host=127.0.0.1",
					"spring.mail.port=" + TestMail.port())
			.applyTo(context);
	}
}
