package lt.tinklas.advocacy;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A position or letter as it is drafted: what it is, to whom, in which directions, which working
 * group drafted it, and the letter or meeting it follows up.
 */
public record PositionData(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String summary,
		@NotNull DocumentKind kind, Long workingGroupId, Set<Long> addressees, Set<Long> directions,
		Long followsPositionId, Long followsMeetingId) {

	public PositionData {
		addressees = addressees == null ? Set.of() : Set.copyOf(addressees);
		directions = directions == null ? Set.of() : Set.copyOf(directions);
	}
}
