package lt.tinklas.advocacy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.advocacy.SeatData;
import lt.tinklas.advocacy.SeatRole;
import lt.tinklas.advocacy.application.SeatView;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a seat in a national body, as typed. */
public class SeatForm {

	@NotNull
	private Long institutionId;

	@NotBlank
	@Size(max = 300)
	private String body;

	private Long personId;

	@NotNull
	private SeatRole role = SeatRole.MEMBER;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	@Size(max = 300)
	private String act;

	private Long version;

	static SeatForm of(SeatView s) {
		SeatForm form = new SeatForm();
		form.institutionId = s.institutionId();
		form.body = s.body();
		form.personId = s.personId();
		form.role = s.role();
		form.from = s.from();
		form.until = s.until();
		form.act = s.act();
		form.version = s.version();
		return form;
	}

	SeatData toData() {
		return new SeatData(institutionId, body, personId, role, from, until, act);
	}

	public Long getInstitutionId() {
		return institutionId;
	}

	public void setInstitutionId(Long institutionId) {
		this.institutionId = institutionId;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getPersonId() {
		return personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public SeatRole getRole() {
		return role;
	}

	public void setRole(SeatRole role) {
		this.role = role;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getUntil() {
		return until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public String getAct() {
		return act;
	}

	public void setAct(String act) {
		this.act = act;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
