package lt.tinklas.bench;

import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The floor's one query: a network's name by its primary key. Read straight from the table, as the
 * cheapest real round trip to the database; the floor shows no record of a network to anyone.
 */
@Component
@Profile("bench")
public class BenchFloor {

	/** The first network created; every benchmark data set has one. */
	public static final long FIRST_NETWORK = 1;

	private final JdbcClient jdbc;

	BenchFloor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> networkName(long id) {
		return jdbc.sql("select name from network where id = ?").param(id).query(String.class).optional();
	}

	/** What the floor answers in JSON. */
	public record Answer(String name) {
	}
}
