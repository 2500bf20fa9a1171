package lt.tinklas.projects.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;

/**
 * An activity of a project other than its events: planned (with dates) and, once done, with the
 * day it was done (a publication, an analysis, a campaign, a supervision).
 */
@Entity
@Table(name = "project_activity")
public class ProjectActivity extends TenantOwned {

	@Column(name = "project_id", nullable = false, updatable = false)
	private Long projectId;

	@Column(nullable = false)
	private String title;

	@Column(name = "planned_from")
	private LocalDate plannedFrom;

	@Column(name = "planned_until")
	private LocalDate plannedUntil;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(length = 4000)
	private String description;

	protected ProjectActivity() {
	}

	public ProjectActivity(Long projectId, String title, LocalDate plannedFrom, LocalDate plannedUntil, LocalDate doneOn,
			String description) {
		this.projectId = projectId;
		this.title = title.strip();
		this.plannedFrom = plannedFrom;
		this.plannedUntil = plannedUntil;
		this.doneOn = doneOn;
		this.description = description == null || description.isBlank() ? null : description.strip();
	}

	public void markDone(LocalDate on) {
		this.doneOn = on;
	}

	public Long getProjectId() {
		return projectId;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getPlannedFrom() {
		return plannedFrom;
	}

	public LocalDate getPlannedUntil() {
		return plannedUntil;
	}

	public LocalDate getDoneOn() {
		return doneOn;
	}

	public String getDescription() {
		return description;
	}
}
