package lt.tinklas.projects.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;

/** A project's period made longer: the end before, the new end and why; kept as its history. */
@Entity
@Table(name = "project_extension")
public class ProjectExtension extends TenantOwned {

	@Column(name = "project_id", nullable = false, updatable = false)
	private Long projectId;

	@Column(name = "previous_ends_on", nullable = false)
	private LocalDate previousEndsOn;

	@Column(name = "new_ends_on", nullable = false)
	private LocalDate newEndsOn;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ProjectExtension() {
	}

	public ProjectExtension(Long projectId, LocalDate previousEndsOn, LocalDate newEndsOn, String reason) {
		this.projectId = projectId;
		this.previousEndsOn = previousEndsOn;
		this.newEndsOn = newEndsOn;
		this.reason = reason.strip();
		this.recordedAt = Instant.now();
	}

	public Long getProjectId() {
		return projectId;
	}

	public LocalDate getPreviousEndsOn() {
		return previousEndsOn;
	}

	public LocalDate getNewEndsOn() {
		return newEndsOn;
	}

	public String getReason() {
		return reason;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
