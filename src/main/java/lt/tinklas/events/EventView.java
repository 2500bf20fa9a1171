package lt.tinklas.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An event as stored; {@code seatsTaken} counts registered, attended and absent people. */
public record EventView(long id, long version, EventType type, String title, String titleEn, String description,
		String descriptionEn, OffsetDateTime startsAt, OffsetDateTime endsAt, EventFormat format, String venue,
		String municipality, String onlineLink, Integer capacity, LocalDate registrationFrom,
		LocalDate registrationUntil, EventStatus status, List<String> tags, BigDecimal hours,
		@JsonProperty("public") boolean isPublic, Integer headcount, int seatsTaken, int waitlisted,
		List<Long> speakerIds) {

	/** The title in the language asked for, Lithuanian when there is no English one. */
	public String title(String language) {
		return "en".equals(language) && titleEn != null ? titleEn : title;
	}
}
