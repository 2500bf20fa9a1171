package lt.tinklas.projects.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A project's indicator: a target, and an actual from an event metric counted within the project's
 * events and period, or a value entered by hand with its evidence.
 */
@Entity
@Table(name = "project_indicator")
@Audited
public class ProjectIndicator extends TenantOwned {

	@Column(name = "project_id", nullable = false, updatable = false)
	private Long projectId;

	@Column(nullable = false)
	private String name;

	private String unit;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal target;

	@Column(name = "metric_key")
	private String metricKey;

	@ShownAs("metricParameters")
	@Column(name = "metric_parameters", length = 1000)
	private String metricParameters;

	@Column(name = "manual_value", precision = 14, scale = 2)
	private BigDecimal manualValue;

	@Column(name = "manual_on")
	private LocalDate manualOn;

	@Column(name = "evidence_link", length = 1000)
	private String evidenceLink;

	@Column(length = 2000)
	private String note;

	protected ProjectIndicator() {
	}

	public ProjectIndicator(Long projectId) {
		this.projectId = projectId;
	}

	public void define(String name, String unit, BigDecimal target, String metricKey, String metricParameters) {
		this.name = name.strip();
		this.unit = unit == null || unit.isBlank() ? null : unit.strip();
		this.target = target;
		this.metricKey = metricKey == null || metricKey.isBlank() ? null : metricKey;
		this.metricParameters = this.metricKey == null || metricParameters == null || metricParameters.isBlank() ? null
				: metricParameters.strip();
	}

	public void record(BigDecimal value, LocalDate on, String evidenceLink, String note) {
		this.manualValue = value;
		this.manualOn = on;
		this.evidenceLink = evidenceLink == null || evidenceLink.isBlank() ? null : evidenceLink.strip();
		this.note = note == null || note.isBlank() ? null : note.strip();
	}

	public Long getProjectId() {
		return projectId;
	}

	public String getName() {
		return name;
	}

	public String getUnit() {
		return unit;
	}

	public BigDecimal getTarget() {
		return target;
	}

	public String getMetricKey() {
		return metricKey;
	}

	public String getMetricParameters() {
		return metricParameters;
	}

	public BigDecimal getManualValue() {
		return manualValue;
	}

	public LocalDate getManualOn() {
		return manualOn;
	}

	public String getEvidenceLink() {
		return evidenceLink;
	}

	public String getNote() {
		return note;
	}
}
