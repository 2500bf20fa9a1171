package lt.tinklas.testing;

import java.util.Arrays;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at the run's PostgreSQL database (migrated as the owner, used as a role
 * bound by row-level security) and the test SMTP server, and counts each
 * request's SQL statements ({@link SqlStatements}).
 */
public class PostgresTestSetup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.datasource.url=" + TestDatabase.url(),
					"spring.datasource.username=" + TestDatabase.applicationUser(),
					"spring.datasource.password=" + TestDatabase.password(),
					"spring.flyway.user=" + TestDatabase.user(), "spring.flyway.password=" + TestDatabase.password(),
					"spring.mail.host=127.0.0.1",
					"spring.mail.port=" + TestMail.port(), "tinklas.newsletters.bounces.address=" + TestMail.BOUNCES,
					"tinklas.newsletters.bounces.host=127.0.0.1",
					"tinklas.newsletters.bounces.port=" + TestMail.imapPort(),
					"tinklas.newsletters.bounces.protocol=imap",
					"tinklas.newsletters.bounces.username=" + TestMail.BOUNCES,
					"tinklas.newsletters.bounces.password=" + TestMail.BOUNCES_PASSWORD)
			.applyTo(context);
		TestDatabase.contextStarted();
		// Released only after the data source is closed: the data source depends on this bean, so the
		// database is dropped when no connection of this context is left.
		context.addBeanFactoryPostProcessor(beanFactory -> {
			((BeanDefinitionRegistry) beanFactory).registerBeanDefinition("testDatabaseRelease",
					new RootBeanDefinition(DatabaseRelease.class));
			((BeanDefinitionRegistry) beanFactory).registerBeanDefinition("sqlStatementsCounting",
					new RootBeanDefinition(SqlStatements.Counting.class));
			((BeanDefinitionRegistry) beanFactory).registerBeanDefinition("sqlStatementsPerRequest",
					new RootBeanDefinition(SqlStatements.PerRequest.class));
			for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
				BeanDefinition dataSource = beanFactory.getBeanDefinition(name);
				String[] before = dataSource.getDependsOn() == null ? new String[0] : dataSource.getDependsOn();
				String[] after = Arrays.copyOf(before, before.length + 1);
				after[before.length] = "testDatabaseRelease";
				dataSource.setDependsOn(after);
			}
		});
	}

	static class DatabaseRelease implements DisposableBean {

		@Override
		public void destroy() {
			TestDatabase.contextClosed();
		}
	}
}
