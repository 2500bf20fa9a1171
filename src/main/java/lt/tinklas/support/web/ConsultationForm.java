package lt.tinklas.support.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.support.ConsultationData;
import lt.tinklas.support.ConsultationTopic;
import lt.tinklas.support.application.ConsultationView;
import org.springframework.format.annotation.DateTimeFormat;

/** The consultation form as typed; the duration is in minutes. */
public class ConsultationForm {

	private Long organizationId;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;
	private ConsultationTopic topic = ConsultationTopic.QUALITY;
	private Long consultantId;
	private List<Long> consultedIds = new ArrayList<>();
	private Integer minutes;
	private String summary;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate followUpOn;
	private Long version;

	static ConsultationForm of(ConsultationView c) {
		ConsultationForm form = new ConsultationForm();
		form.organizationId = c.organizationId();
		form.heldOn = c.heldOn();
		form.topic = c.topic();
		form.consultantId = c.consultantId();
		form.consultedIds = new ArrayList<>(c.consultedIds());
		form.minutes = c.minutes();
		form.summary = c.summary();
		form.followUpOn = c.followUpOn();
		form.version = c.version();
		return form;
	}

	ConsultationData toData() {
		return new ConsultationData(organizationId, heldOn, topic, consultantId, consultedIds, minutes, summary,
				followUpOn);
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public ConsultationTopic getTopic() {
		return topic;
	}

	public void setTopic(ConsultationTopic topic) {
		this.topic = topic;
	}

	public Long getConsultantId() {
		return consultantId;
	}

	public void setConsultantId(Long consultantId) {
		this.consultantId = consultantId;
	}

	public List<Long> getConsultedIds() {
		return consultedIds;
	}

	public void setConsultedIds(List<Long> consultedIds) {
		this.consultedIds = consultedIds == null ? new ArrayList<>() : consultedIds;
	}

	public Integer getMinutes() {
		return minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getFollowUpOn() {
		return followUpOn;
	}

	public void setFollowUpOn(LocalDate followUpOn) {
		this.followUpOn = followUpOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
