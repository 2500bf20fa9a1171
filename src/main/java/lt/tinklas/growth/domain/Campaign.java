package lt.tinklas.growth.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * An invitation campaign: one letter text (Markdown with merge fields) sent to councils and
 * prospects, the code its letters' links carry, and after how many weeks a prospect who has not
 * answered is reminded once (none: no reminder).
 */
@Entity
@Table(name = "growth_campaign")
@Audited
public class Campaign extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	private String signatory;

	@Column(name = "reminder_weeks")
	private Integer reminderWeeks;

	@Column(name = "created_on", nullable = false)
	private LocalDate createdOn;

	protected Campaign() {
	}

	public Campaign(String code, LocalDate createdOn) {
		this.code = code;
		this.createdOn = createdOn;
	}

	public void describe(String name, String subject, String body, String signatory, Integer reminderWeeks) {
		this.name = name;
		this.subject = subject;
		this.body = body;
		this.signatory = signatory;
		this.reminderWeeks = reminderWeeks;
	}

	public String getName() {
		return name;
	}

	public String getCode() {
		return code;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getSignatory() {
		return signatory;
	}

	public Integer getReminderWeeks() {
		return reminderWeeks;
	}

	public LocalDate getCreatedOn() {
		return createdOn;
	}
}
