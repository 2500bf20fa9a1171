package lt.tinklas.support.application;

import java.time.LocalDate;

/** A review of a member's annual report: what was found and whether the report met the law after it. */
public record ReportReviewView(long id, long organizationId, String organization, int reportYear, LocalDate reviewedOn,
		String findings, boolean compliant) {
}
