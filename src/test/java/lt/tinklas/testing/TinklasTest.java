package lt.tinklas.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole running application on PostgreSQL, with the demo data loaded and mail
 * going to the test SMTP server. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tinklas.demo.enabled=true", "tinklas.mail.poll-interval=200ms",
				"tinklas.newsletters.dispatch-interval=200ms", "tinklas.newsletters.bounces.poll-interval=1h",
				"tinklas.base-url=http://tinklas.test", "tinklas.retention.cron=-",
				"tinklas.security.platform-admin-second-factor=false", "tinklas.security.passkeys.rp-id=localhost" })
@ContextConfiguration(initializers = PostgresTestSetup.class)
@ExtendWith(DemoAccountsInLithuanian.class)
public @interface TinklasTest {
}
