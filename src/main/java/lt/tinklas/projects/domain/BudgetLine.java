package lt.tinklas.projects.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A line of a project's budget with its planned amount. */
@Entity
@Table(name = "budget_line")
@Audited
public class BudgetLine extends TenantOwned {

	@Column(name = "project_id", nullable = false, updatable = false)
	private Long projectId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal planned;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected BudgetLine() {
	}

	public BudgetLine(Long projectId, String name, BigDecimal planned, int sortOrder) {
		this.projectId = projectId;
		this.name = name.strip();
		this.planned = planned;
		this.sortOrder = sortOrder;
	}

	public void plan(String name, BigDecimal planned) {
		this.name = name.strip();
		this.planned = planned;
	}

	public Long getProjectId() {
		return projectId;
	}

	public String getName() {
		return name;
	}

	public BigDecimal getPlanned() {
		return planned;
	}

	public int getSortOrder() {
		return sortOrder;
	}
}
