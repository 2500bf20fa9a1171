package lt.tinklas.newsletters.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lt.tinklas.newsletters.domain.MailingRecords;
import lt.tinklas.newsletters.domain.SegmentRecords;
import lt.tinklas.shared.history.RecordNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Segments and mailings by name in histories, and a segment's parts in words. */
@Component
class SegmentNames implements RecordNames {

	private final SegmentRecords segments;
	private final MailingRecords mailings;
	private final MessageSource messages;

	SegmentNames(SegmentRecords segments, MailingRecords mailings, MessageSource messages) {
		this.segments = segments;
		this.mailings = mailings;
		this.messages = messages;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("segment", "mailing", "segmentParts");
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		if ("segmentParts".equals(kind)) {
			Map<Object, String> described = new HashMap<>();
			ids.forEach(json -> described.put(json, Segments.parts(String.valueOf(json))
				.stream()
				.map(part -> messages.getMessage("segmentPart." + part.type(), null, locale)
						+ (part.exclude() ? " (" + messages.getMessage("segment.excluded", null, locale) + ")" : ""))
				.collect(Collectors.joining("; "))));
			return described;
		}
		Map<Long, String> all = new HashMap<>();
		if ("segment".equals(kind)) {
			segments.findAll().forEach(s -> all.put(s.getId(), s.getName()));
		}
		else {
			mailings.findAll().forEach(m -> all.put(m.getId(), m.getSubject()));
		}
		return RecordNames.among(ids, all);
	}
}
