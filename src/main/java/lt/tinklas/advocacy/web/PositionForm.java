package lt.tinklas.advocacy.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.PositionData;
import lt.tinklas.advocacy.application.PositionView;

/** The position form as typed; kept whole when something is wrong, a list left unchosen empty. */
public record PositionForm(
		@NotBlank @Size(max = 300) String title,
		@Size(max = 4000) String summary,
		@NotNull DocumentKind kind,
		Long workingGroupId,
		Set<Long> addressees,
		Set<Long> directions,
		Long followsPositionId,
		Long followsMeetingId,
		Long version) {

	public PositionForm {
		addressees = addressees == null ? Set.of() : addressees;
		directions = directions == null ? Set.of() : directions;
	}

	/**
	 * A new document's form, of a working group when one is given; one that follows a position or a
	 * meeting is a letter, any other a position.
	 */
	static PositionForm empty(Long workingGroupId, Long followsPositionId, Long followsMeetingId) {
		DocumentKind kind = followsPositionId != null || followsMeetingId != null ? DocumentKind.LETTER
				: DocumentKind.POSITION;
		return new PositionForm(null, null, kind, workingGroupId, null, null, followsPositionId, followsMeetingId, null);
	}

	static PositionForm of(PositionView p) {
		return new PositionForm(p.title(), p.summary(), p.kind(), p.workingGroupId(), new LinkedHashSet<>(p.addressees()),
				new LinkedHashSet<>(p.directions()), p.followsPositionId(), p.followsMeetingId(), p.version());
	}

	PositionData toData() {
		return new PositionData(title, summary, kind, workingGroupId, addressees, directions, followsPositionId,
				followsMeetingId);
	}
}
