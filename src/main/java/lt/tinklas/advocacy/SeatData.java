package lt.tinklas.advocacy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A seat in a national body as it is typed in. */
public record SeatData(@NotNull Long institutionId, @NotBlank @Size(max = 300) String body, Long personId,
		@NotNull SeatRole role, @NotNull LocalDate from, LocalDate until, @Size(max = 300) String act) {
}
