package lt.tinklas.events.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import lt.tinklas.events.EventData;
import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** An event or training of the network. */
@Entity
@Table(name = "event")
@Audited
public class Event extends TenantOwned {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventType type;

	@Column(nullable = false)
	private String title;

	@Column(name = "title_en")
	private String titleEn;

	private String description;

	@Column(name = "description_en")
	private String descriptionEn;

	@Column(name = "starts_at", nullable = false)
	private OffsetDateTime startsAt;

	@Column(name = "ends_at", nullable = false)
	private OffsetDateTime endsAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventFormat format;

	private String venue;

	@ShownAs("municipality")
	private String municipality;

	@Column(name = "online_link")
	private String onlineLink;

	private Integer capacity;

	@Column(name = "registration_from")
	private LocalDate registrationFrom;

	@Column(name = "registration_until")
	private LocalDate registrationUntil;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventStatus status = EventStatus.PLANNED;

	@Column(precision = 7, scale = 2)
	private BigDecimal hours;

	@Column(name = "public_event", nullable = false)
	private boolean publicEvent;

	private Integer headcount;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "event_tag_link", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "tag", nullable = false)
	private Set<String> tags = new LinkedHashSet<>();

	@ShownAs("person")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "event_speaker", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "person_id", nullable = false)
	private Set<Long> speakerIds = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected Event() {
	}

	public Event(EventData data) {
		update(data);
	}

	public final void update(EventData data) {
		this.type = data.type();
		this.title = data.title().strip();
		this.titleEn = blankToNull(data.titleEn());
		this.description = blankToNull(data.description());
		this.descriptionEn = blankToNull(data.descriptionEn());
		this.startsAt = data.startsAt();
		this.endsAt = data.endsAt();
		this.format = data.format() == null ? EventFormat.LIVE : data.format();
		this.venue = blankToNull(data.venue());
		this.municipality = blankToNull(data.municipality());
		this.onlineLink = blankToNull(data.onlineLink());
		this.capacity = data.capacity();
		this.registrationFrom = data.registrationFrom();
		this.registrationUntil = data.registrationUntil();
		this.hours = data.hours();
		this.publicEvent = Boolean.TRUE.equals(data.isPublic());
		this.headcount = data.headcount();
		this.tags.clear();
		this.tags.addAll(data.tags());
		this.speakerIds.clear();
		this.speakerIds.addAll(data.speakerIds());
	}

	public void cancel() {
		this.status = EventStatus.CANCELLED;
	}

	public void markHeld() {
		this.status = EventStatus.HELD;
	}

	public void markPlanned() {
		this.status = EventStatus.PLANNED;
	}

	/** Whether registration is open on the day. */
	public boolean registrationOpenOn(LocalDate day) {
		return status == EventStatus.PLANNED && (registrationFrom == null || !day.isBefore(registrationFrom))
				&& (registrationUntil == null || !day.isAfter(registrationUntil));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public EventType getType() {
		return type;
	}

	public String getTitle() {
		return title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getDescription() {
		return description;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public OffsetDateTime getStartsAt() {
		return startsAt;
	}

	public OffsetDateTime getEndsAt() {
		return endsAt;
	}

	public EventFormat getFormat() {
		return format;
	}

	public String getVenue() {
		return venue;
	}

	public String getMunicipality() {
		return municipality;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public LocalDate getRegistrationFrom() {
		return registrationFrom;
	}

	public LocalDate getRegistrationUntil() {
		return registrationUntil;
	}

	public EventStatus getStatus() {
		return status;
	}

	public BigDecimal getHours() {
		return hours;
	}

	public boolean isPublicEvent() {
		return publicEvent;
	}

	public Integer getHeadcount() {
		return headcount;
	}

	public Set<Long> getSpeakerIds() {
		return speakerIds;
	}

	public Set<String> getTags() {
		return tags;
	}
}
