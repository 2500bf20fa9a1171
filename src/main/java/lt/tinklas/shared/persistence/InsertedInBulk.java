package lt.tinklas.shared.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A kind of record that an import inserts thousands at a time. On PostgreSQL its id is taken from
 * its table's sequence before the insert rather than by the insert, so that Hibernate can send the
 * inserts in JDBC batches; an insert that lets the database choose the id must run alone, to read
 * the id back. Prepare such an insert with {@link BulkInserts}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InsertedInBulk {
}
