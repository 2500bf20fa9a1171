package lt.tinklas.shared.replica;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page, download or API read (a controller method, or every method of a controller) whose read-only
 * work may be answered by the read replica when one is set ({@code TINKLAS_REPLICA_URL}): the yearly
 * report, metrics and their drill-downs, dashboards, the public site, exports. Only its GET and HEAD
 * requests do, only its read-only transactions, and only for a caller who has not just changed
 * something; what it writes (an access-log entry) goes to the primary as always.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface ReadsFromReplica {
}
