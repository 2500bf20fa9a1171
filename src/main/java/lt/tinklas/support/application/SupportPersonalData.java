package lt.tinklas.support.application;

import static lt.tinklas.shared.personal.ExportSection.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.personal.ErasureEffect;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.personal.PersonalDataHolder;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Consultations where a person took part or consulted; they count, so an erasure keeps them. */
@Component
@Order(30)
class SupportPersonalData implements PersonalDataHolder {

	private static final String NAMED = """
			from consultation c where c.network_id = :network and (c.consultant_id = :person
			or exists (select 1 from consultation_person p where p.consultation_id = c.id and p.person_id = :person))""";

	private final JdbcClient jdbc;
	private final MessageSource messages;

	SupportPersonalData(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		List<Map<String, Object>> items = jdbc
			.sql("select c.held_on, c.topic, c.consultant_id = :person " + NAMED + " order by c.held_on")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("heldOn", rs.getObject(1, LocalDate.class), "topic",
					messages.getMessage("consultationTopic." + rs.getString(2), null, locale), "role",
					messages.getMessage(rs.getBoolean(3) ? "personalData.consultationRole.consultant"
							: "personalData.consultationRole.participant", null, locale)))
			.list();
		return items.isEmpty() ? List.of() : List.of(new ExportSection("consultations", items));
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		long count = jdbc.sql("select count(*) " + NAMED)
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query(Long.class)
			.single();
		return count == 0 ? List.of() : List.of(ErasureEffect.kept("consultations", count));
	}

	@Override
	public void erase(DataSubject subject) {
		// consultations count for the network's support figures and name the person only by the erased record
	}
}
