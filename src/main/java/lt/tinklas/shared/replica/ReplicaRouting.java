package lt.tinklas.shared.replica;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * With a read replica set, puts the application's data source behind one that hands a read-only
 * transaction of a request marked {@link ReadsFromReplica} a connection from the {@link ReplicaGate}
 * (through a {@link LazyConnectionDataSourceProxy}: Hibernate asks for a connection when the
 * transaction begins, before it is marked read-only, and the physical one is taken at the first
 * statement, when it is), which chooses the replica or the primary. Everything else (every transaction that
 * may write, statements outside a transaction, every other request) gets the primary's connection as
 * before. Without a replica the data source is left as it is.
 */
final class ReplicaRouting implements BeanPostProcessor, Ordered, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

	private final ReplicaSettings settings;

	private DataSource primary;
	private HikariDataSource replica;
	private ReplicaGate gate;

	ReplicaRouting(Environment environment) {
		this.settings = ReplicaSettings.from(environment);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!settings.configured() || !"dataSource".equals(beanName) || !(bean instanceof DataSource dataSource)) {
			return bean;
		}
		if (gate != null) {
			log.warn("The data source {} was offered twice for routing ({}); the first routing is kept", beanName,
					bean.getClass().getName());
			return bean;
		}
		primary = dataSource;
		replica = replicaPool();
		ReplicaHealth health = new ReplicaHealth(primary, replica, settings);
		gate = new ReplicaGate(primary, replica, health);
		log.info("Read-only work of pages marked for it goes to the read replica at {} (at most {} behind)",
				settings.url(), settings.maxLag());
		// the physical connection is taken at the first statement: by then the transaction is known to be read-only
		return new LazyConnectionDataSourceProxy(new Routed(primary, gate));
	}

	/** The data source the application uses: the gate's choice for marked read-only work, the primary for the rest. */
	static final class Routed extends DelegatingDataSource {

		private final ReplicaGate gate;

		Routed(DataSource primary, ReplicaGate gate) {
			super(primary);
			this.gate = gate;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (log.isTraceEnabled()) {
				log.trace("Connection asked: request marked {}, transaction {}, read-only {}",
						ReplicaReads.current() != null, TransactionSynchronizationManager.isActualTransactionActive(),
						TransactionSynchronizationManager.isCurrentTransactionReadOnly());
			}
			if (ReplicaReads.current() != null && TransactionSynchronizationManager.isActualTransactionActive()
					&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
				return gate.getConnection();
			}
			return obtainTargetDataSource().getConnection();
		}
	}

	/** The replica's pool: small, quick to give up, and started without waiting for the replica. */
	private HikariDataSource replicaPool() {
		HikariConfig config = new HikariConfig();
		config.setPoolName("replica");
		config.setJdbcUrl(settings.url());
		config.setUsername(settings.username());
		config.setPassword(settings.password());
		config.setMaximumPoolSize(settings.poolSize());
		config.setMinimumIdle(0);
		config.setConnectionTimeout(1000);
		config.setValidationTimeout(500);
		config.setInitializationFailTimeout(-1);
		config.setReadOnly(true);
		return new HikariDataSource(config);
	}

	/** Before {@code NetworkScoping}: the scoping statement is run on whichever connection the gate chose. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	boolean configured() {
		return settings.configured();
	}

	ReplicaSettings settings() {
		return settings;
	}

	/** The primary's own data source (no routing, no network scope): for the fences, which have no network. */
	DataSource primary() {
		return primary;
	}

	ReplicaGate gate() {
		return gate;
	}

	@Override
	public void destroy() {
		if (replica != null) {
			log.info("Read-only transactions of this node went to: {}", gate.counts());
			replica.close();
		}
	}
}
