package lt.tinklas.testing;

import java.util.List;
import java.util.Map;

import lt.tinklas.generator.DataGenerator;
import lt.tinklas.generator.GenerationReport;
import lt.tinklas.generator.GenerationSize;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Networks made by the load-test generator beside the demo, for tests that need more records than
 * the demo has, and their removal afterwards, so that the other tests find the demo as it was.
 */
public final class GeneratedNetworks {

	private GeneratedNetworks() {
	}

	/** Generates the networks of a custom size: the counts by setting name ("people" = "320", "slug" = "gen"). */
	public static GenerationReport generate(DataGenerator generator, Map<String, String> counts) {
		return generator.generate(GenerationSize.of("custom", key -> key.startsWith(GenerationSize.PROPERTY + ".")
				? counts.get(key.substring(GenerationSize.PROPERTY.length() + 1)) : null));
	}

	/** Removes the networks with these slugs, everything generated in them and the generated users. */
	public static void remove(JdbcClient jdbc, List<String> slugs) {
		List<Long> ids = jdbc.sql("select id from network where slug in (:slugs)").param("slugs", slugs).query(Long.class).list();
		if (ids.isEmpty()) {
			return;
		}
		for (String table : List.of("strategy_indicator", "strategy_node", "strategy", "project_indicator", "project",
				"funder", "register_counter", "advocacy_position", "decision_maker_meeting", "advocacy_direction",
				"institution", "feedback", "participation", "event", "event_tag", "person", "consent_kind", "membership_record",
				"organization", "network_role", "access_log")) {
			jdbc.sql("delete from " + table + " where network_id in (:ids)").param("ids", ids).update();
		}
		jdbc.sql("""
				delete from user_account u where u.email like '%.bench'
				and not exists (select 1 from network_role r where r.user_id = u.id)""").update();
		jdbc.sql("delete from network where id in (:ids)").param("ids", ids).update();
	}

}
