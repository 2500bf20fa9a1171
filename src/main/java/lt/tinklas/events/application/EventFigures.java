package lt.tinklas.events.application;

import java.math.BigDecimal;

/**
 * What the network's events add up to over a period: events not cancelled, participations
 * (attended records), distinct people and organizations among them, hours, and ratings with their
 * average rounded half-up to two decimals (null when there is none).
 */
public record EventFigures(long events, long participations, long distinctParticipants, long distinctOrganizations,
		BigDecimal hours, long ratings, BigDecimal averageRating) {
}
