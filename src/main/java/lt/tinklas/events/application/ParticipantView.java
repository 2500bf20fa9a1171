package lt.tinklas.events.application;

import java.time.Instant;

import lt.tinklas.events.ParticipationStatus;

/** A person's place at an event. */
public record ParticipantView(long personId, String name, String email, Long organizationId,
		ParticipationStatus status, Instant registeredAt) {
}
