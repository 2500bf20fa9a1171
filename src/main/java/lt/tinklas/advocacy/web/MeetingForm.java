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

/** The form of a meeting with decision makers, as typed; a list left unchosen is empty. */
public record MeetingForm(
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		@NotNull Long institutionId,
		@NotBlank @Size(max = 300) String topic,
		@Size(max = 4000) String agreed,
		Set<Long> officials,
		Set<Long> representatives,
		Set<Long> directions,
		Long version) {

	public MeetingForm {
		officials = officials == null ? Set.of() : officials;
		representatives = representatives == null ? Set.of() : representatives;
		directions = directions == null ? Set.of() : directions;
	}

	/** A new meeting's form, held on the given day. */
	static MeetingForm empty(LocalDate heldOn) {
		return new MeetingForm(heldOn, null, null, null, null, null, null, null);
	}

	static MeetingForm of(MeetingView m) {
		return new MeetingForm(m.heldOn(), m.institutionId(), m.topic(), m.agreed(), new LinkedHashSet<>(m.officials()),
				new LinkedHashSet<>(m.representatives()), new LinkedHashSet<>(m.directions()), m.version());
	}

	MeetingData toData() {
		return new MeetingData(heldOn, institutionId, topic, agreed, officials, representatives, directions);
	}
}
