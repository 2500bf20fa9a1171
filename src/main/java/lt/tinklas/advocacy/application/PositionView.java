package lt.tinklas.advocacy.application;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;

/** A position or letter: a draft while {@code sentOn} is empty, then its register number and outcome. */
public record PositionView(long id, long version, String title, String summary, DocumentKind kind,
		Long workingGroupId, List<Long> addressees, List<Long> directions, Long followsPositionId,
		Long followsMeetingId, LocalDate sentOn, String number, Outcome outcome, LocalDate outcomeOn,
		String outcomeNote, String fileName) {

	public boolean sent() {
		return sentOn != null;
	}
}
