package lt.tinklas.advocacy.domain;

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
import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * An outgoing document (a position, a letter, a proposal ...): a draft until it is sent, when it
 * gets its register number; then its outcome once the addressees answer.
 */
@Entity
@Table(name = "advocacy_position")
@Audited
public class Position extends TenantOwned {

	@Column(nullable = false)
	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentKind kind;

	@ShownAs("workingGroup")
	@Column(name = "working_group_id")
	private Long workingGroupId;

	@ShownAs("position")
	@Column(name = "follows_position_id")
	private Long followsPositionId;

	@ShownAs("meeting")
	@Column(name = "follows_meeting_id")
	private Long followsMeetingId;

	@ShownAs("institution")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "position_addressee", joinColumns = @JoinColumn(name = "position_id"))
	@Column(name = "institution_id", nullable = false)
	private Set<Long> addresseeIds = new LinkedHashSet<>();

	@ShownAs("direction")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "position_direction", joinColumns = @JoinColumn(name = "position_id"))
	@Column(name = "direction_id", nullable = false)
	private Set<Long> directionIds = new LinkedHashSet<>();

	@Column(name = "sent_on")
	private LocalDate sentOn;

	@Column(name = "register_number")
	private String number;

	@Column(name = "register_scope")
	private String registerScope;

	@Column(name = "register_seq")
	private Integer registerSeq;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Outcome outcome = Outcome.PENDING;

	@Column(name = "outcome_on")
	private LocalDate outcomeOn;

	@Column(name = "outcome_note")
	private String outcomeNote;

	@Column(name = "file_name")
	private String fileName;

	protected Position() {
	}

	public Position(DocumentKind kind, String title) {
		this.kind = kind;
		this.title = title.strip();
	}

	public void describe(String title, String summary, DocumentKind kind, Long workingGroupId, Set<Long> addressees,
			Set<Long> directions, Long followsPositionId, Long followsMeetingId) {
		this.title = title.strip();
		this.summary = Texts.blankToNull(summary);
		this.kind = kind;
		this.workingGroupId = workingGroupId;
		this.addresseeIds.clear();
		this.addresseeIds.addAll(addressees);
		this.directionIds.clear();
		this.directionIds.addAll(directions);
		this.followsPositionId = followsPositionId;
		this.followsMeetingId = followsMeetingId;
	}

	/** Sends the document on the day under its register number. */
	public void send(LocalDate on, String number, String scope, int seq) {
		this.sentOn = on;
		this.number = number;
		this.registerScope = scope;
		this.registerSeq = seq;
	}

	public void recordOutcome(Outcome outcome, LocalDate on, String note) {
		this.outcome = outcome;
		this.outcomeOn = outcome == Outcome.PENDING ? null : on;
		this.outcomeNote = Texts.blankToNull(note);
	}

	public void attached(String fileName) {
		this.fileName = fileName;
	}

	public boolean isSent() {
		return sentOn != null;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public Long getWorkingGroupId() {
		return workingGroupId;
	}

	public Long getFollowsPositionId() {
		return followsPositionId;
	}

	public Long getFollowsMeetingId() {
		return followsMeetingId;
	}

	public Set<Long> getAddresseeIds() {
		return addresseeIds;
	}

	public Set<Long> getDirectionIds() {
		return directionIds;
	}

	public LocalDate getSentOn() {
		return sentOn;
	}

	public String getNumber() {
		return number;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public LocalDate getOutcomeOn() {
		return outcomeOn;
	}

	public String getOutcomeNote() {
		return outcomeNote;
	}

	public String getFileName() {
		return fileName;
	}
}
