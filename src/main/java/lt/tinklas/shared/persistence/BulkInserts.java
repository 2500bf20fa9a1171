package lt.tinklas.shared.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.stereotype.Component;

/**
 * Prepares a transaction that inserts many records at once (an import of thousands of rows), so
 * that it costs a few statements, not a few per row.
 */
@Component
public class BulkInserts {

	/** Rows sent to the database in one JDBC batch: a file of thousands in a few round trips. */
	static final int BATCH_SIZE = 1000;

	private final EntityManager entityManager;

	BulkInserts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The current transaction will insert {@code count} records of the kind (an
	 * {@link InsertedInBulk} one): their ids are reserved now, in one query, and the transaction's
	 * inserts and updates, their audit rows included, go in batches of a thousand when it ends. The
	 * caller saves the records without flushing each (a flush per record would send them one by one)
	 * and runs no query after saving them (a query flushes first).
	 */
	public void prepare(Class<?> kind, int count) {
		SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
		session.setJdbcBatchSize(BATCH_SIZE);
		if (session.getFactory().getMappingMetamodel().getEntityDescriptor(kind).getGenerator() instanceof RecordIds ids) {
			ids.reserve(session, count);
		}
	}
}
