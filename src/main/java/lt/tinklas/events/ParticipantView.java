package lt.tinklas.events;

import java.time.Instant;

/** A person's place at an event. */
public record ParticipantView(long personId, String name, String email, Long organizationId,
		ParticipationStatus status, Instant registeredAt) {
}
