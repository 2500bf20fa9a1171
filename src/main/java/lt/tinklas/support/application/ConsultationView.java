package lt.tinklas.support.application;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.support.ConsultationTopic;

/**
 * A consultation with the names to show. {@code summary} is private to the network's staff: it is
 * null in the view a member representative gets.
 */
public record ConsultationView(long id, long version, long organizationId, String organization, LocalDate heldOn,
		ConsultationTopic topic, Long consultantId, String consultant, List<Long> consultedIds, List<String> consulted,
		Integer minutes, String summary, LocalDate followUpOn) {

	/** The view for a member representative: everything but the private summary. */
	public ConsultationView withoutSummary() {
		return new ConsultationView(id, version, organizationId, organization, heldOn, topic, consultantId, consultant,
				consultedIds, consulted, minutes, null, followUpOn);
	}

	/** The duration as people read it: 90 -> "1:30". */
	public String duration() {
		return minutes == null ? "" : minutes / 60 + ":" + String.format("%02d", minutes % 60);
	}
}
