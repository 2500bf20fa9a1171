package lt.tinklas.advocacy;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A meeting with decision makers as it is typed in. */
public record MeetingData(@NotNull LocalDate heldOn, @NotNull Long institutionId, @NotBlank @Size(max = 300) String topic,
		@Size(max = 4000) String agreed, Set<Long> officials, Set<Long> representatives, Set<Long> directions) {

	public MeetingData {
		officials = officials == null ? Set.of() : Set.copyOf(officials);
		representatives = representatives == null ? Set.of() : Set.copyOf(representatives);
		directions = directions == null ? Set.of() : Set.copyOf(directions);
	}
}
