package lt.tinklas.newsletters.application;

import static lt.tinklas.shared.personal.ExportSection.item;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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

/**
 * The newsletters a person was sent (subject, when, what became of it) and their address's stop, if
 * any. An erasure keeps the recipient rows, which count in a mailing's figures, without name and
 * address, and removes the address's stop and bounces.
 */
@Component
@Order(65)
class NewslettersPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	NewslettersPersonalData(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		List<Map<String, Object>> items = jdbc.sql("""
				select m.subject, r.sent_at, r.state, r.unsubscribed_at from mailing_recipient r
				join mailing m on m.id = r.mailing_id and m.network_id = r.network_id
				where r.network_id = :network and r.person_id = :person order by r.id""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query((rs, i) -> item("subject", rs.getString(1), "sentAt", rs.getObject(2, OffsetDateTime.class), "state",
					messages.getMessage("mailingRecipient.state." + rs.getString(3), null, locale), "unsubscribedAt",
					rs.getObject(4, OffsetDateTime.class)))
			.list();
		return items.isEmpty() ? List.of() : List.of(new ExportSection("newsletters", items));
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		long count = jdbc.sql("select count(*) from mailing_recipient where network_id = :network and person_id = :person")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.query(Long.class)
			.single();
		List<ErasureEffect> effects = new ArrayList<>();
		if (count > 0) {
			effects.add(ErasureEffect.kept("newsletters", count));
		}
		return effects;
	}

	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("""
				update mailing_recipient set email = null, first_name = '', last_name = '', organization = null
				where network_id = :network and person_id = :person""")
			.param("network", subject.networkId())
			.param("person", subject.personId())
			.update();
		if (subject.email() != null) {
			jdbc.sql("delete from mail_bounce where network_id = :network and email = :email")
				.param("network", subject.networkId())
				.param("email", subject.email())
				.update();
			jdbc.sql("delete from mail_stop where network_id = :network and email = :email")
				.param("network", subject.networkId())
				.param("email", subject.email())
				.update();
		}
	}
}
