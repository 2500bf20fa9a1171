package lt.tinklas.strategy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.strategy.StrategyData;
import lt.tinklas.strategy.StrategyView;
import org.springframework.format.annotation.DateTimeFormat;

/** The strategy heading form as typed. */
public record StrategyForm(
		@NotBlank @Size(max = 300) String title,
		@Size(max = 300) String titleEn,
		@NotNull @Min(1990) @Max(2200) Integer fromYear,
		@NotNull @Min(1990) @Max(2200) Integer toYear,
		@Size(max = 300) String approvedBy,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
		@Size(max = 4000) String mission,
		@Size(max = 4000) String vision,
		@Size(max = 4000) String values,
		Long version) {

	static StrategyForm empty() {
		return new StrategyForm(null, null, null, null, null, null, null, null, null, null);
	}

	static StrategyForm of(StrategyView s) {
		return new StrategyForm(s.title(), s.titleEn(), s.fromYear(), s.toYear(), s.approvedBy(), s.approvedOn(),
				s.mission(), s.vision(), String.join("\n", s.values()), s.version());
	}

	StrategyData toData() {
		return new StrategyData(title, titleEn, fromYear, toYear, approvedBy, approvedOn, mission, vision, values);
	}
}
