package lt.tinklas.advocacy.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.advocacy.SeatRole;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** The network's seat in a national council, committee or working group, for a term. */
@Entity
@Table(name = "council_seat")
@Audited
public class CouncilSeat extends TenantOwned {

	@ShownAs("institution")
	@Column(name = "institution_id", nullable = false)
	private Long institutionId;

	@Column(nullable = false)
	private String body;

	@ShownAs("person")
	@Column(name = "person_id")
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(name = "seat_role", nullable = false)
	private SeatRole role;

	@Column(name = "valid_from", nullable = false)
	private LocalDate from;

	@Column(name = "valid_until")
	private LocalDate until;

	@Column(name = "appointed_by")
	private String act;

	protected CouncilSeat() {
	}

	public CouncilSeat(Long institutionId, String body, Long personId, SeatRole role, LocalDate from, LocalDate until,
			String act) {
		update(institutionId, body, personId, role, from, until, act);
	}

	public final void update(Long institutionId, String body, Long personId, SeatRole role, LocalDate from,
			LocalDate until, String act) {
		this.institutionId = institutionId;
		this.body = body.strip();
		this.personId = personId;
		this.role = role;
		this.from = from;
		this.until = until;
		this.act = Texts.blankToNull(act);
	}

	public Long getInstitutionId() {
		return institutionId;
	}

	public String getBody() {
		return body;
	}

	public Long getPersonId() {
		return personId;
	}

	public SeatRole getRole() {
		return role;
	}

	public LocalDate getFrom() {
		return from;
	}

	public LocalDate getUntil() {
		return until;
	}

	public String getAct() {
		return act;
	}
}
