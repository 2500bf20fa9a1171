package lt.tinklas.advocacy.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.PositionData;
import lt.tinklas.advocacy.application.PositionView;

/** The position form as typed; kept whole when something is wrong. */
public class PositionForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 4000)
	private String summary;

	@NotNull
	private DocumentKind kind = DocumentKind.POSITION;

	private Long workingGroupId;

	private Set<Long> addressees = new LinkedHashSet<>();

	private Set<Long> directions = new LinkedHashSet<>();

	private Long followsPositionId;

	private Long followsMeetingId;

	private Long version;

	static PositionForm of(PositionView p) {
		PositionForm form = new PositionForm();
		form.title = p.title();
		form.summary = p.summary();
		form.kind = p.kind();
		form.workingGroupId = p.workingGroupId();
		form.addressees = new LinkedHashSet<>(p.addressees());
		form.directions = new LinkedHashSet<>(p.directions());
		form.followsPositionId = p.followsPositionId();
		form.followsMeetingId = p.followsMeetingId();
		form.version = p.version();
		return form;
	}

	PositionData toData() {
		return new PositionData(title, summary, kind, workingGroupId, addressees, directions, followsPositionId,
				followsMeetingId);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public Long getWorkingGroupId() {
		return workingGroupId;
	}

	public void setWorkingGroupId(Long workingGroupId) {
		this.workingGroupId = workingGroupId;
	}

	public Set<Long> getAddressees() {
		return addressees;
	}

	public void setAddressees(Set<Long> addressees) {
		this.addressees = addressees == null ? new LinkedHashSet<>() : addressees;
	}

	public Set<Long> getDirections() {
		return directions;
	}

	public void setDirections(Set<Long> directions) {
		this.directions = directions == null ? new LinkedHashSet<>() : directions;
	}

	public Long getFollowsPositionId() {
		return followsPositionId;
	}

	public void setFollowsPositionId(Long followsPositionId) {
		this.followsPositionId = followsPositionId;
	}

	public Long getFollowsMeetingId() {
		return followsMeetingId;
	}

	public void setFollowsMeetingId(Long followsMeetingId) {
		this.followsMeetingId = followsMeetingId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
