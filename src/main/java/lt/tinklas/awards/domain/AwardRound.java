package lt.tinklas.awards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** One year's round of an award programme, handed at a ceremony (an event of the network). */
@Entity
@Table(name = "award_round")
@Audited
public class AwardRound extends TenantOwned {

	@Column(name = "programme_id", nullable = false)
	private Long programmeId;

	@Column(name = "round_year", nullable = false)
	private int year;

	@ShownAs("event")
	@Column(name = "ceremony_event_id")
	private Long ceremonyEventId;

	protected AwardRound() {
	}

	public AwardRound(long programmeId, int year, Long ceremonyEventId) {
		this.programmeId = programmeId;
		this.year = year;
		this.ceremonyEventId = ceremonyEventId;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public int getYear() {
		return year;
	}

	public Long getCeremonyEventId() {
		return ceremonyEventId;
	}
}
