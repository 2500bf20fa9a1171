package lt.tinklas.growth.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * One letter of a campaign, to a council or to a prospect: its outgoing register number, the day it
 * was sent, how, the code its application link carries, and the reply and reminder noted.
 */
@Entity
@Table(name = "growth_letter")
@Audited
public class InvitationLetter extends TenantOwned {

	@ShownAs("campaign")
	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@ShownAs("council")
	@Column(name = "council_id", updatable = false)
	private Long councilId;

	@ShownAs("prospect")
	@Column(name = "prospect_id", updatable = false)
	private Long prospectId;

	@Column(nullable = false, updatable = false)
	private String addressee;

	@ShownAs("municipality")
	@Column(updatable = false)
	private String municipality;

	@Column(updatable = false)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Delivery delivery;

	@Column(nullable = false, updatable = false)
	private String number;

	@Column(name = "sent_on", nullable = false, updatable = false)
	private LocalDate sentOn;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(name = "reply_on")
	private LocalDate replyOn;

	@Column(name = "reply_note")
	private String replyNote;

	@Column(name = "reminded_on")
	private LocalDate remindedOn;

	protected InvitationLetter() {
	}

	public InvitationLetter(long campaignId, Long councilId, Long prospectId, String addressee, String municipality,
			String email, Delivery delivery, String number, LocalDate sentOn, String code) {
		this.campaignId = campaignId;
		this.councilId = councilId;
		this.prospectId = prospectId;
		this.addressee = addressee;
		this.municipality = municipality;
		this.email = email;
		this.delivery = delivery;
		this.number = number;
		this.sentOn = sentOn;
		this.code = code;
	}

	public void noteReply(LocalDate on, String note) {
		this.replyOn = on;
		this.replyNote = note;
	}

	public void reminded(LocalDate on) {
		this.remindedOn = on;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getCouncilId() {
		return councilId;
	}

	public Long getProspectId() {
		return prospectId;
	}

	public String getAddressee() {
		return addressee;
	}

	public String getMunicipality() {
		return municipality;
	}

	public String getEmail() {
		return email;
	}

	public Delivery getDelivery() {
		return delivery;
	}

	public String getNumber() {
		return number;
	}

	public LocalDate getSentOn() {
		return sentOn;
	}

	public String getCode() {
		return code;
	}

	public LocalDate getReplyOn() {
		return replyOn;
	}

	public String getReplyNote() {
		return replyNote;
	}

	public LocalDate getRemindedOn() {
		return remindedOn;
	}
}
