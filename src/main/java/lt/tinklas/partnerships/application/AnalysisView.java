package lt.tinklas.partnerships.application;

import java.time.LocalDate;

/** An analysis or plan made for a municipality. */
public record AnalysisView(long id, String municipality, String municipalityName, String title, LocalDate madeOn,
		String presentedTo, String fileName) {
}
