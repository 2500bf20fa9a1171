package lt.tinklas.projects.application;

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

/** The projects a person is responsible for; the projects stay after an erasure, without the name. */
@Component
@Order(45)
class ProjectsPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	ProjectsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		String name = "en".equals(locale.getLanguage()) ? "coalesce(name_en, name)" : "name";
		List<Map<String, Object>> items = jdbc.sql("select " + name + """
				, starts_on, ends_on from project where network_id = :network and responsible_person_id = :person
				order by starts_on""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("project", rs.getString(1), "from", rs.getObject(2, LocalDate.class), "until",
					rs.getObject(3, LocalDate.class)))
			.list();
		return items.isEmpty() ? List.of() : List.of(new ExportSection("projects", items));
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		return PersonRows.kept("projects", PersonRows.count(jdbc, "project", "responsible_person_id", subject));
	}

	@Override
	public void erase(DataSubject subject) {
		// the project keeps its responsible person, now named only as erased
	}
}
