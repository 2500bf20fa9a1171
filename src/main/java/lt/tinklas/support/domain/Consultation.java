package lt.tinklas.support.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.history.ShownTo;
import lt.tinklas.shared.tenancy.TenantOwned;
import lt.tinklas.support.ConsultationData;
import lt.tinklas.support.ConsultationTopic;
import org.hibernate.envers.Audited;

/** A consultation the network gave a member organization: who, when, on what, for how long. */
@Entity
@Table(name = "consultation")
@Audited
public class Consultation extends TenantOwned {

	@ShownAs("organization")
	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsultationTopic topic;

	@ShownAs("person")
	@Column(name = "consultant_id")
	private Long consultantId;

	@ShownAs("person")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "consultation_person", joinColumns = @JoinColumn(name = "consultation_id"))
	@Column(name = "person_id")
	private Set<Long> consultedIds = new LinkedHashSet<>();

	@Column(name = "duration_minutes")
	private Integer minutes;

	/** What was discussed: private to the network, never shown to the consulted organization. */
	@Column(length = 4000)
	@ShownTo({ "NETWORK_ADMIN", "STAFF", "BOARD", "READER" })
	private String summary;

	@Column(name = "follow_up_on")
	private LocalDate followUpOn;

	protected Consultation() {
	}

	public Consultation(ConsultationData data) {
		apply(data);
	}

	public final void apply(ConsultationData data) {
		this.organizationId = data.organizationId();
		this.heldOn = data.heldOn();
		this.topic = data.topic();
		this.consultantId = data.consultantId();
		this.consultedIds.clear();
		this.consultedIds.addAll(data.consultedIds());
		this.minutes = data.minutes();
		this.summary = data.summary() == null || data.summary().isBlank() ? null : data.summary().strip();
		this.followUpOn = data.followUpOn();
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public ConsultationTopic getTopic() {
		return topic;
	}

	public Long getConsultantId() {
		return consultantId;
	}

	public Set<Long> getConsultedIds() {
		return consultedIds;
	}

	public Integer getMinutes() {
		return minutes;
	}

	public String getSummary() {
		return summary;
	}

	public LocalDate getFollowUpOn() {
		return followUpOn;
	}
}
