package lt.tinklas.people.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person's data as one JSON document: the network, when and in which language it was made, and
 * each part with its heading, the labels of its fields and its items.
 */
@Schema(description = "Everything a network holds about one person (GDPR Articles 15 and 20)")
public record PersonalDataDocument(@Schema(description = "The network that holds the data") String network,
		@Schema(description = "The person's id in the network") long person,
		@Schema(description = "When the export was made") Instant madeAt,
		@Schema(description = "The language of headings, labels and texts: lt or en") String language,
		@Schema(description = "The parts: profile, affiliations, consents, participations, feedback, certificates, invitations, working groups, seats, meetings, consultations, volunteering, awards, projects, mails, history, requests; a part with nothing in it is left out") List<Part> sections) {

	/** One part: {@code key} is stable, {@code title} and {@code fields} are in the document's language. */
	public record Part(@Schema(description = "What the part holds, e.g. participations") String key,
			@Schema(description = "The part's heading") String title,
			@Schema(description = "Each field's label, by the field's name in the items") Map<String, String> fields,
			@Schema(description = "The records: field name to value (a text, number, yes/no, date yyyy-MM-dd or time ISO 8601)") List<Map<String, Object>> items) {
	}
}
