package lt.tinklas.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import lt.tinklas.shared.text.WebLinks;
import jakarta.validation.constraints.Size;

/**
 * An event as the API and the forms take it. Times are ISO-8601 with an offset; they are shown in
 * Europe/Vilnius time. {@code public} opens the event to registration by anyone. On a change,
 * {@code version} is the one read and {@code status} may set PLANNED or HELD (a cancellation has
 * its own call); both are ignored on create. {@code speakerIds} are people of the network.
 */
public record EventData(
		@NotNull EventType type,
		@NotBlank @Size(max = 300) String title,
		@Size(max = 300) String titleEn,
		@Size(max = 10000) String description,
		@Size(max = 10000) String descriptionEn,
		@NotNull OffsetDateTime startsAt,
		@NotNull OffsetDateTime endsAt,
		EventFormat format,
		@Size(max = 300) String venue,
		@Pattern(regexp = "^$|^LT-\\d{2}$", message = "{event.error.municipality}") String municipality,
		@Size(max = 500) @Pattern(regexp = WebLinks.PATTERN, message = "{validation.url}") String onlineLink,
		@Min(1) Integer capacity,
		LocalDate registrationFrom,
		LocalDate registrationUntil,
		List<String> tags,
		@DecimalMin("0") @DecimalMax("1000") BigDecimal hours,
		@JsonProperty("public") Boolean isPublic,
		@Min(0) Integer headcount,
		Long version,
		EventStatus status,
		List<Long> speakerIds) {

	/** Without speakers (most events are created so). */
	public EventData(EventType type, String title, String titleEn, String description, String descriptionEn,
			OffsetDateTime startsAt, OffsetDateTime endsAt, EventFormat format, String venue, String municipality,
			String onlineLink, Integer capacity, LocalDate registrationFrom, LocalDate registrationUntil,
			List<String> tags, BigDecimal hours, Boolean isPublic, Integer headcount, Long version,
			EventStatus status) {
		this(type, title, titleEn, description, descriptionEn, startsAt, endsAt, format, venue, municipality,
				onlineLink, capacity, registrationFrom, registrationUntil, tags, hours, isPublic, headcount, version,
				status, List.of());
	}

	public EventData {
		speakerIds = speakerIds == null ? List.of() : speakerIds.stream().filter(Objects::nonNull).distinct().toList();
		tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
	}
}
