package lt.tinklas.awards.application;

import static lt.tinklas.shared.personal.ExportSection.item;

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

/**
 * Award nominations of a person. A nomination counts (nominees, laureates), so an erasure keeps it
 * but removes the name, position, organization then and photo written on it, in its history too.
 */
@Component
@Order(50)
class AwardsPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	AwardsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		String name = "en".equals(locale.getLanguage()) ? "coalesce(p.name_en, p.name)" : "p.name";
		List<Map<String, Object>> items = jdbc.sql("select " + name + """
				, r.round_year, n.full_name, n.position_then, n.organization_then, n.reason, n.laureate
				from award_nominee n join award_round r on r.id = n.round_id join award_programme p on p.id = r.programme_id
				where n.network_id = :network and n.person_id = :person order by r.round_year""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("programme", rs.getString(1), "year", rs.getInt(2), "name", rs.getString(3),
					"position", rs.getString(4), "organization", rs.getString(5), "reason", rs.getString(6),
					"laureate", rs.getBoolean(7)))
			.list();
		return items.isEmpty() ? List.of() : List.of(new ExportSection("awards", items));
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		return PersonRows.kept("awards", PersonRows.count(jdbc, "award_nominee", "person_id", subject));
	}

	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("""
				update award_nominee set full_name = '', position_then = null, organization_then = null, photo = null,
				photo_content_type = null, photo_alt = null where network_id = :network and person_id = :person""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.update();
		jdbc.sql("""
				update award_nominee_aud set full_name = '', position_then = null, organization_then = null,
				photo_alt = null where network_id = :network and person_id = :person""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.update();
	}
}
