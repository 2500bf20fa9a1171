package lt.tinklas.projects.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** Money spent on a budget line: when, how much, to whom, by which document. */
@Entity
@Table(name = "expense")
@Audited
public class Expense extends TenantOwned {

	@Column(name = "project_id", nullable = false, updatable = false)
	private Long projectId;

	@Column(name = "line_id", nullable = false)
	private Long lineId;

	@Column(name = "spent_on", nullable = false)
	private LocalDate spentOn;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	private String supplier;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(length = 1000)
	private String note;

	protected Expense() {
	}

	public Expense(Long projectId, Long lineId, LocalDate spentOn, BigDecimal amount, String supplier,
			String documentNumber, String note) {
		this.projectId = projectId;
		this.lineId = lineId;
		this.spentOn = spentOn;
		this.amount = amount;
		this.supplier = blank(supplier);
		this.documentNumber = blank(documentNumber);
		this.note = blank(note);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getProjectId() {
		return projectId;
	}

	public Long getLineId() {
		return lineId;
	}

	public LocalDate getSpentOn() {
		return spentOn;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getSupplier() {
		return supplier;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public String getNote() {
		return note;
	}
}
