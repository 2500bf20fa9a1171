package lt.tinklas.support.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import lt.tinklas.support.QualityStage;
import org.hibernate.envers.Audited;

/** A stage an organization reached on its way to a standard: when, at which level, and the evidence. */
@Entity
@Table(name = "quality_step")
@Audited
public class QualityStep extends TenantOwned {

	@ShownAs("organization")
	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Column(name = "standard_id", nullable = false, updatable = false)
	private Long standardId;

	@Column(name = "standard_level")
	private String level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private QualityStage stage;

	@Column(name = "reached_on", nullable = false)
	private LocalDate reachedOn;

	@Column(name = "evidence_link", length = 1000)
	private String evidenceLink;

	@Column(length = 2000)
	private String note;

	protected QualityStep() {
	}

	public QualityStep(long organizationId, long standardId, QualityStage stage) {
		this.organizationId = organizationId;
		this.standardId = standardId;
		this.stage = stage;
	}

	public void record(String level, LocalDate reachedOn, String evidenceLink, String note) {
		this.level = blank(level);
		this.reachedOn = reachedOn;
		this.evidenceLink = blank(evidenceLink);
		this.note = blank(note);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public Long getStandardId() {
		return standardId;
	}

	public String getLevel() {
		return level;
	}

	public QualityStage getStage() {
		return stage;
	}

	public LocalDate getReachedOn() {
		return reachedOn;
	}

	public String getEvidenceLink() {
		return evidenceLink;
	}

	public String getNote() {
		return note;
	}
}
