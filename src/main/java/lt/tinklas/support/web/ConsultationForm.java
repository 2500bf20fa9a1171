package lt.tinklas.support.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.support.ConsultationData;
import lt.tinklas.support.ConsultationTopic;
import lt.tinklas.support.application.ConsultationView;
import org.springframework.format.annotation.DateTimeFormat;

/** The consultation form as typed; the duration is in minutes, no one consulted an empty list. */
public record ConsultationForm(
		Long organizationId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		ConsultationTopic topic,
		Long consultantId,
		List<Long> consultedIds,
		Integer minutes,
		String summary,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn,
		Long version) {

	public ConsultationForm {
		consultedIds = consultedIds == null ? List.of() : consultedIds;
	}

	/** A new consultation's form on quality, of the organization it was opened from (or none). */
	static ConsultationForm empty(Long organizationId) {
		return new ConsultationForm(organizationId, null, ConsultationTopic.QUALITY, null, null, null, null, null, null);
	}

	static ConsultationForm of(ConsultationView c) {
		return new ConsultationForm(c.organizationId(), c.heldOn(), c.topic(), c.consultantId(),
				new ArrayList<>(c.consultedIds()), c.minutes(), c.summary(), c.followUpOn(), c.version());
	}

	ConsultationData toData() {
		return new ConsultationData(organizationId, heldOn, topic, consultantId, consultedIds, minutes, summary,
				followUpOn);
	}
}
