package lt.tinklas.shared.persistence;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;
import org.hibernate.generator.GeneratorCreationContext;
import org.hibernate.generator.OnExecutionGenerator;
import org.hibernate.id.IdentityGenerator;
import org.hibernate.id.insert.InsertGeneratedIdentifierDelegate;
import org.hibernate.mapping.Column;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Ids from each table's identity column. The database fills the id on insert (Hibernate's IDENTITY
 * strategy), except for a record {@link InsertedInBulk} on PostgreSQL: it takes the next value of
 * the same column's sequence before the insert, so its inserts can be batched, and an import
 * reserves the values for all its records in one query ({@link #reserve}). Either way the ids come
 * from the one sequence, whatever else inserts into the table.
 */
public class RecordIds implements OnExecutionGenerator, BeforeExecutionGenerator {

	private final IdentityGenerator identity = new IdentityGenerator();
	private final boolean beforeInsert;
	private final String nextValues;
	/** Values reserved by each open session (a session is one transaction here), taken first. */
	private final transient Map<SharedSessionContractImplementor, Deque<Long>> reserved = Collections
		.synchronizedMap(new WeakHashMap<>());

	public RecordIds(GeneratorCreationContext context) {
		identity.configure(context, new Properties());
		this.beforeInsert = context.getPersistentClass().getMappedClass().isAnnotationPresent(InsertedInBulk.class)
				&& context.getDatabase().getDialect() instanceof PostgreSQLDialect;
		String table = context.getPersistentClass().getTable().getName();
		String column = ((Column) context.getValue().getSelectables().get(0)).getName();
		this.nextValues = "select nextval(pg_get_serial_sequence('" + table + "', '" + column
				+ "')) from generate_series(1, ?)";
	}

	/** Whether the id is taken before the insert, so that inserts can be batched. */
	boolean beforeInsert() {
		return beforeInsert;
	}

	/** Takes the next {@code count} values of the sequence in one query, for the session's next inserts. */
	void reserve(SharedSessionContractImplementor session, int count) {
		if (beforeInsert && count > 0) {
			Deque<Long> values = next(session, count);
			reserved.merge(session, values, (before, added) -> {
				before.addAll(added);
				return before;
			});
		}
	}

	@Override
	public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
			EventType eventType) {
		Deque<Long> values = reserved.get(session);
		Long value = values == null ? null : values.poll();
		return value != null ? value : next(session, 1).poll();
	}

	private Deque<Long> next(SharedSessionContractImplementor session, int count) {
		var jdbc = session.getJdbcCoordinator();
		var resources = jdbc.getLogicalConnection().getResourceRegistry();
		Deque<Long> values = new ArrayDeque<>(count);
		try {
			var statement = jdbc.getStatementPreparer().prepareStatement(nextValues);
			try {
				statement.setInt(1, count);
				var rows = jdbc.getResultSetReturn().extract(statement, nextValues);
				try {
					while (rows.next()) {
						values.add(rows.getLong(1));
					}
				}
				finally {
					resources.release(rows, statement);
				}
			}
			finally {
				resources.release(statement);
				jdbc.afterStatementExecution();
			}
		}
		catch (SQLException e) {
			throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "could not reserve ids", nextValues);
		}
		return values;
	}

	@Override
	public boolean generatedOnExecution() {
		return !beforeInsert;
	}

	@Override
	public EnumSet<EventType> getEventTypes() {
		return EventTypeSets.INSERT_ONLY;
	}

	@Override
	public boolean referenceColumnsInSql(Dialect dialect) {
		return identity.referenceColumnsInSql(dialect);
	}

	@Override
	public boolean writePropertyValue() {
		return false;
	}

	@Override
	public String[] getReferencedColumnValues(Dialect dialect) {
		return identity.getReferencedColumnValues(dialect);
	}

	@Override
	public InsertGeneratedIdentifierDelegate getGeneratedIdentifierDelegate(EntityPersister persister) {
		return identity.getGeneratedIdentifierDelegate(persister);
	}

	@Override
	public Class<?> getGeneratedType() {
		return identity.getGeneratedType();
	}
}
