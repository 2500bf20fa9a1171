package lt.tinklas.volunteering.application;

import static lt.tinklas.shared.personal.ExportSection.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.personal.ErasureEffect;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.personal.PersonRows;
import lt.tinklas.shared.personal.PersonalDataHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's volunteering hours; they count for the figures, so an erasure keeps them. */
@Component
@Order(40)
class VolunteeringPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	VolunteeringPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		String name = "en".equals(locale.getLanguage()) ? "coalesce(g.name_en, g.name)" : "g.name";
		List<Map<String, Object>> items = jdbc.sql("select " + name + """
				, a.done_on, a.hours, a.description from volunteer_activity a join volunteer_programme g on g.id = a.programme_id
				where a.network_id = :network and a.person_id = :person order by a.done_on""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("programme", rs.getString(1), "doneOn", rs.getObject(2, LocalDate.class), "hours",
					rs.getBigDecimal(3), "description", rs.getString(4)))
			.list();
		return items.isEmpty() ? List.of() : List.of(new ExportSection("volunteering", items));
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		return PersonRows.kept("volunteering", PersonRows.count(jdbc, "volunteer_activity", "person_id", subject));
	}

	@Override
	public void erase(DataSubject subject) {
		// the hours count for the network's figures; a description naming the person is scrubbed with every text
	}
}
