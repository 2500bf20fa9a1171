package lt.tinklas.advocacy.application;

import static lt.tinklas.shared.personal.ExportSection.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.personal.ErasureEffect;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.personal.PersonRows;
import lt.tinklas.shared.personal.PersonalDataHolder;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What advocacy holds about a person: working groups, seats in bodies and meetings with decision
 * makers. All of it counts for the figures, so an erasure keeps it without the name.
 */
@Component
@Order(20)
class AdvocacyPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	AdvocacyPersonalData(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		List<ExportSection> sections = new ArrayList<>();
		sections.add(new ExportSection("workingGroups", jdbc.sql("""
				select g.name, m.member_role, m.valid_from, m.valid_until from working_group_member m
				join working_group g on g.id = m.group_id
				where g.network_id = :network and m.person_id = :person order by m.valid_from, g.name""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("group", rs.getString(1), "role",
					messages.getMessage("groupRole." + rs.getString(2), null, locale), "from",
					rs.getObject(3, LocalDate.class), "until", rs.getObject(4, LocalDate.class)))
			.list()));
		sections.add(new ExportSection("seats", jdbc.sql("""
				select i.name, s.body, s.seat_role, s.valid_from, s.valid_until from council_seat s
				join institution i on i.id = s.institution_id
				where s.network_id = :network and s.person_id = :person order by s.valid_from""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("institution", rs.getString(1), "body", rs.getString(2), "role",
					messages.getMessage("seatRole." + rs.getString(3), null, locale), "from",
					rs.getObject(4, LocalDate.class), "until", rs.getObject(5, LocalDate.class)))
			.list()));
		sections.add(new ExportSection("meetings", jdbc.sql("""
				select m.held_on, i.name, m.topic, 'representative' from meeting_representative r
				join decision_maker_meeting m on m.id = r.meeting_id join institution i on i.id = m.institution_id
				where m.network_id = :network and r.person_id = :person
				union all
				select m.held_on, i.name, m.topic, 'official' from meeting_official o
				join decision_maker_meeting m on m.id = o.meeting_id join institution i on i.id = m.institution_id
				where m.network_id = :network and o.person_id = :person
				order by 1""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("heldOn", rs.getObject(1, LocalDate.class), "institution", rs.getString(2), "topic",
					rs.getString(3), "role",
					messages.getMessage("personalData.meetingRole." + rs.getString(4), null, locale)))
			.list()));
		return sections.stream().filter(section -> !section.items().isEmpty()).toList();
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		List<ErasureEffect> effects = new ArrayList<>();
		long groups = jdbc.sql("""
				select count(*) from working_group_member m join working_group g on g.id = m.group_id
				where g.network_id = :network and m.person_id = :person""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query(Long.class)
			.single();
		long seats = PersonRows.count(jdbc, "council_seat", "person_id", subject);
		long meetings = jdbc.sql("""
				select count(*) from decision_maker_meeting m where m.network_id = :network
				and (exists (select 1 from meeting_representative r where r.meeting_id = m.id and r.person_id = :person)
				or exists (select 1 from meeting_official o where o.meeting_id = m.id and o.person_id = :person))""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query(Long.class)
			.single();
		if (groups > 0) {
			effects.add(ErasureEffect.kept("workingGroups", groups));
		}
		if (seats > 0) {
			effects.add(ErasureEffect.kept("seats", seats));
		}
		if (meetings > 0) {
			effects.add(ErasureEffect.kept("meetings", meetings));
		}
		return effects;
	}

	@Override
	public void erase(DataSubject subject) {
		// memberships, seats and meetings stay as they are: they name the person only by the erased record
	}
}
