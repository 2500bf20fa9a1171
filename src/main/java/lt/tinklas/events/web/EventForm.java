package lt.tinklas.events.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.events.EventData;
import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.shared.web.Formats;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form as typed; times are local Vilnius times (a bean, so that a value that cannot be
 * read leaves only its own field empty and the typed text is shown beside the error).
 */
public class EventForm {

	private EventType type = EventType.TRAINING;
	private String title;
	private String titleEn;
	private String description;
	private String descriptionEn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime endsAt;
	private EventFormat format = EventFormat.LIVE;
	private String venue;
	private String municipality;
	private String onlineLink;
	private Integer capacity;
	private LocalDate registrationFrom;
	private LocalDate registrationUntil;
	private List<String> tags = new ArrayList<>();
	private BigDecimal hours;
	private boolean publicEvent;
	private Integer headcount;
	private Long version;
	private EventStatus status;
	private List<Long> speakerIds = new ArrayList<>();

	static EventForm of(EventView event) {
		EventForm form = new EventForm();
		form.type = event.type();
		form.title = event.title();
		form.titleEn = event.titleEn();
		form.description = event.description();
		form.descriptionEn = event.descriptionEn();
		form.startsAt = event.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDateTime();
		form.endsAt = event.endsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDateTime();
		form.format = event.format();
		form.venue = event.venue();
		form.municipality = event.municipality();
		form.onlineLink = event.onlineLink();
		form.capacity = event.capacity();
		form.registrationFrom = event.registrationFrom();
		form.registrationUntil = event.registrationUntil();
		form.tags = new ArrayList<>(event.tags());
		form.hours = event.hours();
		form.publicEvent = event.isPublic();
		form.headcount = event.headcount();
		form.version = event.version();
		form.status = event.status();
		form.speakerIds = new ArrayList<>(event.speakerIds());
		return form;
	}

	EventData toData() {
		return new EventData(type, title, titleEn, description, descriptionEn,
				startsAt == null ? null : startsAt.atZone(Formats.VILNIUS).toOffsetDateTime(),
				endsAt == null ? null : endsAt.atZone(Formats.VILNIUS).toOffsetDateTime(), format, venue,
				municipality, onlineLink, capacity, registrationFrom, registrationUntil, tags, hours, publicEvent,
				headcount, version, status, speakerIds);
	}

	public EventType getType() {
		return type;
	}

	public void setType(EventType type) {
		this.type = type;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public EventFormat getFormat() {
		return format;
	}

	public void setFormat(EventFormat format) {
		this.format = format;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public LocalDate getRegistrationFrom() {
		return registrationFrom;
	}

	public void setRegistrationFrom(LocalDate registrationFrom) {
		this.registrationFrom = registrationFrom;
	}

	public LocalDate getRegistrationUntil() {
		return registrationUntil;
	}

	public void setRegistrationUntil(LocalDate registrationUntil) {
		this.registrationUntil = registrationUntil;
	}

	public List<String> getTags() {
		return tags;
	}

	public void setTags(List<String> tags) {
		this.tags = tags == null ? new ArrayList<>() : tags;
	}

	public BigDecimal getHours() {
		return hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

	public boolean isPublicEvent() {
		return publicEvent;
	}

	public void setPublicEvent(boolean publicEvent) {
		this.publicEvent = publicEvent;
	}

	public Integer getHeadcount() {
		return headcount;
	}

	public void setHeadcount(Integer headcount) {
		this.headcount = headcount;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Long> getSpeakerIds() {
		return speakerIds;
	}

	public void setSpeakerIds(List<Long> speakerIds) {
		this.speakerIds = speakerIds == null ? new ArrayList<>() : speakerIds;
	}

	public EventStatus getStatus() {
		return status;
	}

	public void setStatus(EventStatus status) {
		this.status = status;
	}
}
