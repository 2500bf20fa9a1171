package lt.tinklas.advocacy.domain;

import java.time.LocalDate;
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

/** A meeting with decision makers: who was met, who went, what was agreed. */
@Entity
@Table(name = "decision_maker_meeting")
@Audited
public class DecisionMakerMeeting extends TenantOwned {

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@ShownAs("institution")
	@Column(name = "institution_id", nullable = false)
	private Long institutionId;

	@Column(nullable = false)
	private String topic;

	private String agreed;

	@ShownAs("person")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "meeting_official", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "person_id", nullable = false)
	private Set<Long> officialIds = new LinkedHashSet<>();

	@ShownAs("person")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "meeting_representative", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "person_id", nullable = false)
	private Set<Long> representativeIds = new LinkedHashSet<>();

	@ShownAs("direction")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "meeting_direction", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "direction_id", nullable = false)
	private Set<Long> directionIds = new LinkedHashSet<>();

	protected DecisionMakerMeeting() {
	}

	public DecisionMakerMeeting(LocalDate heldOn, Long institutionId, String topic) {
		this.heldOn = heldOn;
		this.institutionId = institutionId;
		this.topic = topic;
	}

	public void update(LocalDate heldOn, Long institutionId, String topic, String agreed, Set<Long> officials,
			Set<Long> representatives, Set<Long> directions) {
		this.heldOn = heldOn;
		this.institutionId = institutionId;
		this.topic = topic.strip();
		this.agreed = Texts.blankToNull(agreed);
		this.officialIds.clear();
		this.officialIds.addAll(officials);
		this.representativeIds.clear();
		this.representativeIds.addAll(representatives);
		this.directionIds.clear();
		this.directionIds.addAll(directions);
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public Long getInstitutionId() {
		return institutionId;
	}

	public String getTopic() {
		return topic;
	}

	public String getAgreed() {
		return agreed;
	}

	public Set<Long> getOfficialIds() {
		return officialIds;
	}

	public Set<Long> getRepresentativeIds() {
		return representativeIds;
	}

	public Set<Long> getDirectionIds() {
		return directionIds;
	}
}
