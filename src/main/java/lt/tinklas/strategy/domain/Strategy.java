package lt.tinklas.strategy.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A network's strategy for a period of years; one of them is current. */
@Entity
@Table(name = "strategy")
@Audited
public class Strategy extends TenantOwned {

	@Column(nullable = false)
	private String title;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "from_year", nullable = false)
	private int fromYear;

	@Column(name = "to_year", nullable = false)
	private int toYear;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_on")
	private LocalDate approvedOn;

	@Column(length = 4000)
	private String mission;

	@Column(length = 4000)
	private String vision;

	/** The values, one per line, in their order. */
	@Column(name = "strategy_values", length = 4000)
	private String values;

	@Column(name = "is_current", nullable = false)
	private boolean current;

	protected Strategy() {
	}

	public Strategy(String title, int fromYear, int toYear) {
		this.title = title;
		this.fromYear = fromYear;
		this.toYear = toYear;
	}

	public void update(String title, String titleEn, int fromYear, int toYear, String approvedBy, LocalDate approvedOn,
			String mission, String vision, String values) {
		this.title = title.strip();
		this.titleEn = blankToNull(titleEn);
		this.fromYear = fromYear;
		this.toYear = toYear;
		this.approvedBy = blankToNull(approvedBy);
		this.approvedOn = approvedOn;
		this.mission = blankToNull(mission);
		this.vision = blankToNull(vision);
		this.values = blankToNull(values);
	}

	public void makeCurrent(boolean current) {
		this.current = current;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getTitle() {
		return title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public int getFromYear() {
		return fromYear;
	}

	public int getToYear() {
		return toYear;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	public String getMission() {
		return mission;
	}

	public String getVision() {
		return vision;
	}

	public String getValues() {
		return values;
	}

	public boolean isCurrent() {
		return current;
	}
}
