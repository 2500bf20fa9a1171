package lt.tinklas.volunteering.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** Hours a volunteer (a person of the network) gave to a programme on a day. */
@Entity
@Table(name = "volunteer_activity")
@Audited
public class VolunteerActivity extends TenantOwned {

	@Column(name = "programme_id", nullable = false)
	private Long programmeId;

	@ShownAs("person")
	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "done_on", nullable = false)
	private LocalDate doneOn;

	@Column(nullable = false, precision = 8, scale = 2)
	private BigDecimal hours;

	@Column(length = 2000)
	private String description;

	protected VolunteerActivity() {
	}

	public VolunteerActivity(long programmeId, long personId, LocalDate doneOn, BigDecimal hours, String description) {
		this.programmeId = programmeId;
		this.personId = personId;
		this.doneOn = doneOn;
		this.hours = hours;
		this.description = description == null || description.isBlank() ? null : description.strip();
	}

	/** A correction: another programme, volunteer, day, hours or description. */
	public void change(long programmeId, long personId, LocalDate doneOn, BigDecimal hours, String description) {
		this.programmeId = programmeId;
		this.personId = personId;
		this.doneOn = doneOn;
		this.hours = hours;
		this.description = description;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public Long getPersonId() {
		return personId;
	}

	public LocalDate getDoneOn() {
		return doneOn;
	}

	public BigDecimal getHours() {
		return hours;
	}

	public String getDescription() {
		return description;
	}
}
