package lt.tinklas.identity.application;

import lt.tinklas.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first platform admin comes from TINKLAS_ADMIN_EMAIL and TINKLAS_ADMIN_PASSWORD when there is
 * no user yet. Without them, a start with no user at all cannot be administered, so it stops.
 * Runs after the demo data (which brings its own users).
 */
@Component
@Order(100)
class PlatformAdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

	private final Users users;
	private final String email;
	private final String password;

	PlatformAdminBootstrap(Users users, @Value("${tinklas.admin.email:}") String email,
			@Value("${tinklas.admin.password:}") String password) {
		this.users = users;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.anyUserExists()) {
			return;
		}
		if (email.isBlank() || password.isBlank()) {
			throw new IllegalStateException("Tinklas has no user yet. Set TINKLAS_ADMIN_EMAIL and "
					+ "TINKLAS_ADMIN_PASSWORD to create the first platform admin, then start it again.");
		}
		if (password.length() < Users.MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException(
					"TINKLAS_ADMIN_PASSWORD must have at least " + Users.MIN_PASSWORD_LENGTH + " characters.");
		}
		users.ensurePlatformAdmin(email, "Platform admin", password);
		log.info("Created the first platform admin {}", email);
	}
}
