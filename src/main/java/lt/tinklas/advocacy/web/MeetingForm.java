package lt.tinklas.advocacy.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.advocacy.MeetingData;
import lt.tinklas.advocacy.application.MeetingView;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a meeting with decision makers, as typed. */
public class MeetingForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull
	private Long institutionId;

	@NotBlank
	@Size(max = 300)
	private String topic;

	@Size(max = 4000)
	private String agreed;

	private Set<Long> officials = new LinkedHashSet<>();

	private Set<Long> representatives = new LinkedHashSet<>();

	private Set<Long> directions = new LinkedHashSet<>();

	private Long version;

	static MeetingForm of(MeetingView m) {
		MeetingForm form = new MeetingForm();
		form.heldOn = m.heldOn();
		form.institutionId = m.institutionId();
		form.topic = m.topic();
		form.agreed = m.agreed();
		form.officials = new LinkedHashSet<>(m.officials());
		form.representatives = new LinkedHashSet<>(m.representatives());
		form.directions = new LinkedHashSet<>(m.directions());
		form.version = m.version();
		return form;
	}

	MeetingData toData() {
		return new MeetingData(heldOn, institutionId, topic, agreed, officials, representatives, directions);
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Long getInstitutionId() {
		return institutionId;
	}

	public void setInstitutionId(Long institutionId) {
		this.institutionId = institutionId;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getAgreed() {
		return agreed;
	}

	public void setAgreed(String agreed) {
		this.agreed = agreed;
	}

	public Set<Long> getOfficials() {
		return officials;
	}

	public void setOfficials(Set<Long> officials) {
		this.officials = officials == null ? new LinkedHashSet<>() : officials;
	}

	public Set<Long> getRepresentatives() {
		return representatives;
	}

	public void setRepresentatives(Set<Long> representatives) {
		this.representatives = representatives == null ? new LinkedHashSet<>() : representatives;
	}

	public Set<Long> getDirections() {
		return directions;
	}

	public void setDirections(Set<Long> directions) {
		this.directions = directions == null ? new LinkedHashSet<>() : directions;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
