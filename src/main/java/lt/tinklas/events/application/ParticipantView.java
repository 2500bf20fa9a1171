package lt.tinklas.events.application;

import java.time.Instant;

import lt.tinklas.events.ParticipationStatus;

/**
 * A person's place at an event: {@code name} as said (“Ona Šimkienė”), {@code listName} as a list
 * orders it (“Šimkienė, Ona”).
 */
public record ParticipantView(long personId, String name, String email, Long organizationId,
		ParticipationStatus status, Instant registeredAt, String listName) {
}
