package lt.tinklas.events.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.people.People;
import lt.tinklas.shared.sheets.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance sheet of an event, by e-mail: columns {@code email} and, optionally,
 * {@code status} (ATTENDED, the default, or ABSENT). Every row is checked first; a sheet with an
 * unknown e-mail or status changes nothing, and so does any sheet for an event that has not started.
 * A person not yet on the list is added with the status.
 */
@Service
public class AttendanceImport {

	private final Events events;
	private final People people;
	private final MessageSource messages;

	AttendanceImport(Events events, People people, MessageSource messages) {
		this.events = events;
		this.people = people;
		this.messages = messages;
	}

	public record Problem(int row, String column, String message) {
	}

	public record Result(int marked, List<Problem> problems) {
	}

	@Transactional
	public Result run(long eventId, Table table, Locale locale) {
		EventView event = events.get(eventId);
		List<Problem> problems = new ArrayList<>();
		if (event.startsAt().isAfter(OffsetDateTime.now())) {
			problems.add(new Problem(1, "status", messages.getMessage("event.error.notStarted", null, locale)));
			return new Result(0, problems);
		}
		if (!table.headers().contains("email")) {
			problems.add(new Problem(1, "email", messages.getMessage("import.error.columns", new Object[] { "email" }, locale)));
			return new Result(0, problems);
		}
		// the whole sheet is matched to the network's people in one read, then recorded at once
		Map<String, Long> matched = people.idsByEmail(
				table.rows().stream().map(row -> row.get("email")).filter(email -> !email.isEmpty()).toList());
		Map<Long, ParticipationStatus> marks = new LinkedHashMap<>();
		for (Table.Row row : table.rows()) {
			String email = row.get("email");
			Long person = matched.get(email);
			if (person == null) {
				problems.add(new Problem(row.rowNumber(), "email",
						messages.getMessage("attendance.error.unknownEmail", new Object[] { email }, locale)));
				continue;
			}
			String status = row.get("status").toUpperCase(Locale.ROOT);
			if (!status.isEmpty() && !status.equals("ATTENDED") && !status.equals("ABSENT")) {
				problems.add(new Problem(row.rowNumber(), "status",
						messages.getMessage("import.error.code", new Object[] { row.get("status"), "ATTENDED, ABSENT" }, locale)));
				continue;
			}
			marks.put(person, status.isEmpty() ? ParticipationStatus.ATTENDED : ParticipationStatus.valueOf(status));
		}
		if (!problems.isEmpty()) {
			return new Result(0, problems);
		}
		events.recordAttendance(eventId, marks);
		return new Result(marks.size(), List.of());
	}
}
