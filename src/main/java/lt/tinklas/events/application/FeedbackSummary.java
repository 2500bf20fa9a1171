package lt.tinklas.events.application;

import java.math.BigDecimal;
import java.util.List;

/** The feedback on one event: how many answers, their average, and the comments without names. */
public record FeedbackSummary(long ratings, BigDecimal averageRating, List<String> comments) {
}
