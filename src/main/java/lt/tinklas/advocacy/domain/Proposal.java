package lt.tinklas.advocacy.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * An experience or proposal raised at an involvement meeting, without names of the people who
 * raised it, and the positions it fed.
 */
@Entity
@Table(name = "involvement_proposal")
@Audited
public class Proposal extends TenantOwned {

	@ShownAs("event")
	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@Column(name = "proposal_text", nullable = false, length = 4000)
	private String text;

	private String theme;

	@ShownAs("municipality")
	private String municipality;

	@ShownAs("position")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "proposal_position", joinColumns = @JoinColumn(name = "proposal_id"))
	@Column(name = "position_id", nullable = false)
	private Set<Long> positionIds = new LinkedHashSet<>();

	protected Proposal() {
	}

	public Proposal(Long eventId, String text, String theme, String municipality) {
		this.eventId = eventId;
		this.text = text.strip();
		this.theme = Texts.blankToNull(theme);
		this.municipality = Texts.blankToNull(municipality);
	}

	/** Records that the proposal went into a position; false when it was already recorded. */
	public boolean fed(long positionId) {
		return positionIds.add(positionId);
	}

	public Long getEventId() {
		return eventId;
	}

	public String getText() {
		return text;
	}

	public String getTheme() {
		return theme;
	}

	public String getMunicipality() {
		return municipality;
	}

	public Set<Long> getPositionIds() {
		return positionIds;
	}
}
