package lt.tinklas.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A strategy's heading. */
public record StrategyView(long id, long version, String title, String titleEn, int fromYear, int toYear,
		String approvedBy, LocalDate approvedOn, String mission, String vision, List<String> values, boolean current) {

	public String title(String language) {
		return "en".equals(language) && titleEn != null ? titleEn : title;
	}

	public List<Integer> years() {
		return IntStream.rangeClosed(fromYear, toYear).boxed().toList();
	}
}
