package lt.tinklas.messaging.application;

import static lt.tinklas.shared.personal.ExportSection.item;

import java.time.OffsetDateTime;
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
 * The mails the network wrote to a person: subject, when and how it went; the export leaves out the
 * bodies, which may hold links. An erasure removes the person's mails from the outbox.
 */
@Component
@Order(60)
class MailPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	MailPersonalData(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		if (subject.email() == null) {
			return List.of();
		}
		List<Map<String, Object>> items = jdbc.sql("""
				select subject, created_at, sent_at, last_error is not null from outbox_mail
				where network_id = :network and lower(recipient) = :email order by created_at, id""")
			.param("network", subject.networkId())
			.param("email", subject.email())
			.query((rs, i) -> item("subject", rs.getString(1), "writtenAt", rs.getObject(2, OffsetDateTime.class),
					"sentAt", rs.getObject(3, OffsetDateTime.class), "state",
					messages.getMessage(rs.getObject(3) != null ? "personalData.mailState.sent"
							: rs.getBoolean(4) ? "personalData.mailState.failed" : "personalData.mailState.waiting",
							null, locale)))
			.list();
		return items.isEmpty() ? List.of() : List.of(new ExportSection("mails", items));
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		if (subject.email() == null) {
			return List.of();
		}
		long count = jdbc.sql("select count(*) from outbox_mail where network_id = :network and lower(recipient) = :email")
			.param("network", subject.networkId())
			.param("email", subject.email())
			.query(Long.class)
			.single();
		return count == 0 ? List.of() : List.of(ErasureEffect.removed("mails", count));
	}

	@Override
	public void erase(DataSubject subject) {
		if (subject.email() != null) {
			jdbc.sql("delete from outbox_mail where network_id = :network and lower(recipient) = :email")
				.param("network", subject.networkId())
				.param("email", subject.email())
				.update();
		}
	}
}
