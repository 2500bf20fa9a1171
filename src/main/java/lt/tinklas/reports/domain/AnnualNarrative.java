package lt.tinklas.reports.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * The staff's own words in a year's report: the draft they edit and the version readers see,
 * which changes only when the draft is published.
 */
@Entity
@Table(name = "report_narrative")
@Audited
public class AnnualNarrative extends TenantOwned {

	@Column(name = "report_year", nullable = false, updatable = false)
	private int year;

	@Column(name = "introduction_draft", length = 20_000)
	private String introductionDraft;

	@Column(name = "highlights_draft", length = 20_000)
	private String highlightsDraft;

	@Column(name = "plans_draft", length = 20_000)
	private String plansDraft;

	@Column(name = "introduction", length = 20_000)
	private String introduction;

	@Column(name = "highlights", length = 20_000)
	private String highlights;

	@Column(name = "plans", length = 20_000)
	private String plans;

	@Column(name = "published_at")
	private OffsetDateTime publishedAt;

	protected AnnualNarrative() {
	}

	public AnnualNarrative(int year) {
		this.year = year;
	}

	public void draft(String introduction, String highlights, String plans) {
		this.introductionDraft = blankToNull(introduction);
		this.highlightsDraft = blankToNull(highlights);
		this.plansDraft = blankToNull(plans);
	}

	public void publish(OffsetDateTime now) {
		this.introduction = introductionDraft;
		this.highlights = highlightsDraft;
		this.plans = plansDraft;
		this.publishedAt = now;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public int getYear() {
		return year;
	}

	public String getIntroductionDraft() {
		return introductionDraft;
	}

	public String getHighlightsDraft() {
		return highlightsDraft;
	}

	public String getPlansDraft() {
		return plansDraft;
	}

	public String getIntroduction() {
		return introduction;
	}

	public String getHighlights() {
		return highlights;
	}

	public String getPlans() {
		return plans;
	}

	public OffsetDateTime getPublishedAt() {
		return publishedAt;
	}
}
