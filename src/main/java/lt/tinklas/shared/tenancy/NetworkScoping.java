package lt.tinklas.shared.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts the application's PostgreSQL data source behind {@link NetworkScopedDataSource}. The embedded
 * H2 database has no row-level security and is left as it is.
 */
@Component
class NetworkScoping implements BeanPostProcessor, Ordered {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof NetworkScopedDataSource)
				&& isPostgreSql(dataSource)) {
			return new NetworkScopedDataSource(dataSource);
		}
		return bean;
	}

	/** Before anything else but the read replica's routing wraps the data source, so that the scoping statement sits beneath them. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
		}
	}
}
