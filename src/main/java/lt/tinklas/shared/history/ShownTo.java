package lt.tinklas.shared.history;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an audited record that only the named network roles may read (NETWORK_ADMIN, STAFF,
 * BOARD, READER, MEMBER_REP). For anyone else {@link RecordHistory} leaves it out of the record's
 * history, the stale-edit list and the network's log, the same as the pages and exports do.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ShownTo {

	String[] value();
}
