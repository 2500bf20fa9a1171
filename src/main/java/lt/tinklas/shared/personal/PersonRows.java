package lt.tinklas.shared.personal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counting a person's rows in one table of their network, for the question an erasure asks. */
public final class PersonRows {

	private PersonRows() {
	}

	/** How many rows of {@code table} in the subject's network name the person in {@code column}. */
	public static long count(JdbcClient jdbc, String table, String column, DataSubject subject) {
		return jdbc.sql("select count(*) from " + table + " where network_id = :network and " + column + " = :person")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query(Long.class)
			.single();
	}

	/** That the erasure keeps the rows without the name, or nothing to say when there are none. */
	public static List<ErasureEffect> kept(String key, long count) {
		return count == 0 ? List.of() : List.of(ErasureEffect.kept(key, count));
	}
}
