package lt.tinklas.support.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A review of a member's annual report for a year. */
@Entity
@Table(name = "report_review")
@Audited
public class ReportReview extends TenantOwned {

	@ShownAs("organization")
	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(name = "report_year", nullable = false)
	private int reportYear;

	@Column(name = "reviewed_on", nullable = false)
	private LocalDate reviewedOn;

	@Column(length = 4000)
	private String findings;

	@Column(nullable = false)
	private boolean compliant;

	protected ReportReview() {
	}

	public ReportReview(long organizationId, int reportYear, LocalDate reviewedOn, String findings, boolean compliant) {
		this.organizationId = organizationId;
		this.reportYear = reportYear;
		this.reviewedOn = reviewedOn;
		this.findings = findings == null || findings.isBlank() ? null : findings.strip();
		this.compliant = compliant;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public int getReportYear() {
		return reportYear;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public String getFindings() {
		return findings;
	}

	public boolean isCompliant() {
		return compliant;
	}
}
