package lt.tinklas.events.application;

import static lt.tinklas.shared.personal.ExportSection.item;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.personal.ErasureEffect;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.personal.PersonalDataHolder;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the events module holds about a person: registrations and attendance, feedback, certificates,
 * invitations, talks given and registrations not yet confirmed. An erasure keeps participations,
 * ratings and invitations (they count for the figures) and removes comments, links and unconfirmed
 * registrations.
 */
@Component
@Order(10)
class EventsPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	EventsPersonalData(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		List<ExportSection> sections = new ArrayList<>();
		String title = "en".equals(locale.getLanguage()) ? "coalesce(e.title_en, e.title)" : "e.title";
		sections.add(new ExportSection("participations", jdbc.sql("select " + title + """
				, e.type, e.starts_at, p.status, p.registered_at from participation p join event e on e.id = p.event_id
				where p.network_id = :network and p.person_id = :person order by e.starts_at, e.id""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("event", rs.getString(1), "eventType",
					label("eventType." + rs.getString(2), locale), "startsAt", rs.getObject(3, OffsetDateTime.class),
					"status", label("participationStatus." + rs.getString(4), locale), "registeredAt",
					rs.getObject(5, OffsetDateTime.class)))
			.list()));
		sections.add(new ExportSection("feedback", jdbc.sql("select " + title + """
				, f.rating, f.comment_text, f.created_at from feedback f join event e on e.id = f.event_id
				where f.network_id = :network and f.person_id = :person order by f.created_at""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("event", rs.getString(1), "rating", rs.getInt(2), "comment", rs.getString(3),
					"givenAt", rs.getObject(4, OffsetDateTime.class)))
			.list()));
		sections.add(new ExportSection("certificates", jdbc.sql("select " + title + """
				, e.starts_at from participation p join event e on e.id = p.event_id
				where p.network_id = :network and p.person_id = :person and p.status = :attended
				and e.type = :training and e.status <> :cancelled and e.starts_at <= now() order by e.starts_at""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.param("attended", ParticipationStatus.ATTENDED.name())
			.param("training", EventType.TRAINING.name())
			.param("cancelled", EventStatus.CANCELLED.name())
			.query((rs, i) -> item("event", rs.getString(1), "startsAt", rs.getObject(2, OffsetDateTime.class)))
			.list()));
		sections.add(new ExportSection("invitations", jdbc.sql("select " + title + """
				, i.invited_at, i.reminded_at, i.opted_out from event_invitation i join event e on e.id = i.event_id
				where i.network_id = :network and i.person_id = :person order by i.invited_at""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("event", rs.getString(1), "invitedAt", rs.getObject(2, OffsetDateTime.class),
					"remindedAt", rs.getObject(3, OffsetDateTime.class), "optedOut", rs.getBoolean(4)))
			.list()));
		sections.add(new ExportSection("talks", jdbc.sql("select " + title + """
				, e.starts_at from event_speaker s join event e on e.id = s.event_id
				where e.network_id = :network and s.person_id = :person order by e.starts_at""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("event", rs.getString(1), "startsAt", rs.getObject(2, OffsetDateTime.class)))
			.list()));
		if (subject.email() != null) {
			sections.add(new ExportSection("registrationRequests", jdbc.sql("select " + title + """
					, r.first_name, r.last_name, r.email, r.organization_name, r.created_at, r.confirmed_at
					from registration_request r join event e on e.id = r.event_id
					where r.network_id = :network and lower(r.email) = :email order by r.created_at""")
				.param("network", subject.networkId())
				.param("email", subject.email())
				.query((rs, i) -> item("event", rs.getString(1), "firstName", rs.getString(2), "lastName",
						rs.getString(3), "email", rs.getString(4), "organization", rs.getString(5), "requestedAt",
						rs.getObject(6, OffsetDateTime.class), "confirmedAt", rs.getObject(7, OffsetDateTime.class)))
				.list()));
		}
		return sections.stream().filter(section -> !section.items().isEmpty()).toList();
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		List<ErasureEffect> effects = new ArrayList<>();
		add(effects, ErasureEffect.kept("participations", count("participation p where p.person_id = :person", subject)));
		add(effects, ErasureEffect.kept("ratings", count("feedback p where p.person_id = :person", subject)));
		add(effects, ErasureEffect.removed("feedbackComments",
				count("feedback p where p.person_id = :person and p.comment_text is not null", subject)));
		add(effects, ErasureEffect.kept("invitations", count("event_invitation p where p.person_id = :person", subject)));
		if (subject.email() != null) {
			add(effects, ErasureEffect.removed("registrationRequests",
					count("registration_request p where lower(p.email) = :email", subject)));
		}
		return effects;
	}

	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("update feedback set comment_text = null where network_id = :network and person_id = :person")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.update();
		jdbc.sql("delete from feedback_request where network_id = :network and person_id = :person")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.update();
		// the links of past invitations stop working; the invitations themselves still count
		jdbc.sql("""
				update event_invitation set token_hash = 'erased-' || id, reminder_token_hash = null
				where network_id = :network and person_id = :person""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.update();
		if (subject.email() != null) {
			jdbc.sql("delete from registration_request where network_id = :network and lower(email) = :email")
				.param("network", subject.networkId())
				.param("email", subject.email())
				.update();
		}
	}

	private long count(String from, DataSubject subject) {
		Map<String, Object> params = new HashMap<>();
		params.put("network", subject.networkId());
		params.put("person", subject.personId());
		params.put("email", subject.email());
		return jdbc.sql("select count(*) from " + from + " and p.network_id = :network")
			.params(params)
			.query(Long.class)
			.single();
	}

	private static void add(List<ErasureEffect> effects, ErasureEffect effect) {
		if (effect.count() > 0) {
			effects.add(effect);
		}
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
