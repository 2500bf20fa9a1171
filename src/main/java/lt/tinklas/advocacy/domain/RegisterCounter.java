package lt.tinklas.advocacy.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the next sequence number of a network's register within a scope (a day, a month ...).
 * The counter's row stays locked until the sending transaction ends, so two documents sent at the
 * same moment get consecutive numbers, and a send that fails gives its number back.
 */
@Component
public class RegisterCounter {

	private final JdbcClient jdbc;

	RegisterCounter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public int next(long networkId, String scope) {
		jdbc.sql("insert into register_counter (network_id, scope, last_seq) values (?, ?, 0) on conflict do nothing")
			.params(networkId, scope)
			.update();
		jdbc.sql("update register_counter set last_seq = last_seq + 1 where network_id = ? and scope = ?")
			.params(networkId, scope)
			.update();
		return jdbc.sql("select last_seq from register_counter where network_id = ? and scope = ?")
			.params(networkId, scope)
			.query(Integer.class)
			.single();
	}
}
