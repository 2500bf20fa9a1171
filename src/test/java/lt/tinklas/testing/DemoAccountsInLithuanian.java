package lt.tinklas.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test class meets the demo's accounts as the demo made them, in Lithuanian: a journey that
 * switched an account to English (the language switch keeps the choice on the account) does not
 * change what the next class reads.
 */
class DemoAccountsInLithuanian implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		SpringExtension.getApplicationContext(context)
			.getBean(JdbcClient.class)
			.sql("update user_account set language = 'lt' where email like '%.demo' and language <> 'lt'")
			.update();
	}
}
