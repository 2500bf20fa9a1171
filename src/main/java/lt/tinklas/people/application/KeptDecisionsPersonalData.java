package lt.tinklas.people.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.personal.ErasureEffect;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.personal.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The decisions to keep an inactive person, with their reasons: exported, and removed by an erasure. */
@Component
class KeptDecisionsPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	KeptDecisionsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		List<Map<String, Object>> items = jdbc.sql("""
				select kept_at, reason from person_kept where network_id = :network and person_id = :person order by kept_at""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> ExportSection.item("keptAt", rs.getObject(1, OffsetDateTime.class), "keptReason",
					rs.getString(2)))
			.list();
		return items.isEmpty() ? List.of() : List.of(new ExportSection("keptDecisions", items));
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		long count = jdbc.sql("select count(*) from person_kept where network_id = :network and person_id = :person")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query(Long.class)
			.single();
		return count == 0 ? List.of() : List.of(ErasureEffect.removed("keptDecisions", count));
	}

	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("delete from person_kept where network_id = :network and person_id = :person")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.update();
	}
}
