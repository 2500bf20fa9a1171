package lt.tinklas.strategy;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A strategy's heading as typed: the values one per line, in their order. */
public record StrategyData(@NotBlank @Size(max = 300) String title, @Size(max = 300) String titleEn,
		@NotNull @Min(1990) @Max(2200) Integer fromYear, @NotNull @Min(1990) @Max(2200) Integer toYear,
		@Size(max = 300) String approvedBy, LocalDate approvedOn, @Size(max = 4000) String mission,
		@Size(max = 4000) String vision, @Size(max = 4000) String values) {
}
