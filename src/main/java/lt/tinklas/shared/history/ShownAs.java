package lt.tinklas.shared.history;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field of an audited record holds the id (or code) of another record, or a set of them: its
 * history shows their names, as a {@link RecordNames} of this kind gives them (e.g. "person",
 * "municipality"), never the ids.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ShownAs {

	String value();
}
