package lt.tinklas.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A consultation as typed: the consultant and the people consulted are person ids. */
public record ConsultationData(Long organizationId, LocalDate heldOn, ConsultationTopic topic, Long consultantId,
		List<Long> consultedIds, Integer minutes, String summary, LocalDate followUpOn) {

	public ConsultationData {
		consultedIds = consultedIds == null ? List.of() : consultedIds.stream().filter(Objects::nonNull).distinct().toList();
	}
}
