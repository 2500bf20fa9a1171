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
public record SeatForm(
		@NotNull Long institutionId,
		@NotBlank @Size(max = 300) String body,
		Long personId,
		@NotNull SeatRole role,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
		@Size(max = 300) String act,
		Long version) {

	/** A new seat's form: a member's seat. */
	static SeatForm empty() {
		return new SeatForm(null, null, null, SeatRole.MEMBER, null, null, null, null);
	}

	static SeatForm of(SeatView s) {
		return new SeatForm(s.institutionId(), s.body(), s.personId(), s.role(), s.from(), s.until(), s.act(),
				s.version());
	}

	SeatData toData() {
		return new SeatData(institutionId, body, personId, role, from, until, act);
	}
}
