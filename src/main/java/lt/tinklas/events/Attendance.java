package lt.tinklas.events;

import java.time.LocalDate;

/** An attended record: who was at which event, and the day (in Vilnius) the event started. */
public record Attendance(long eventId, LocalDate day, String eventTitle, long personId, String personName) {
}
