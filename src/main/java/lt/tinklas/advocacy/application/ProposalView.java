package lt.tinklas.advocacy.application;

import java.util.List;

/** An experience or proposal from an involvement meeting and the positions it went into. */
public record ProposalView(long id, long eventId, String text, String theme, String municipality,
		List<Long> positionIds) {
}
