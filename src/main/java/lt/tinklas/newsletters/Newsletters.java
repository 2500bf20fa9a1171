package lt.tinklas.newsletters;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lt.tinklas.newsletters.application.MailingTexts;
import lt.tinklas.newsletters.domain.Mailing;
import lt.tinklas.newsletters.domain.MailingRecords;
import lt.tinklas.newsletters.domain.MailingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of the newsletters: the mailings a network sent and marked public, as its site's
 * archive and feed show them, without their recipients; merge fields read as a word that fits any
 * reader.
 */
@Service
public class Newsletters {

	private final MailingRecords mailings;
	private final MailingTexts texts;

	Newsletters(MailingRecords mailings, MailingTexts texts) {
		this.mailings = mailings;
		this.texts = texts;
	}

	/** A public mailing in one language (the Lithuanian one when it has no English text). */
	public record ArchivedMailing(long id, String subject, String html, Instant sentAt) {
	}

	/** The network's public mailings, the latest first. */
	@Transactional(readOnly = true)
	public List<ArchivedMailing> archive(String language) {
		return mailings.findByPublicArchiveTrueAndStatusOrderBySendAtDescIdDesc(MailingStatus.SENT)
			.stream()
			.map(m -> archived(m, language))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<ArchivedMailing> archived(long id, String language) {
		return mailings.findById(id)
			.filter(m -> m.isPublicArchive() && m.getStatus() == MailingStatus.SENT)
			.map(m -> archived(m, language));
	}

	private ArchivedMailing archived(Mailing m, String language) {
		boolean english = "en".equals(language) && m.getBodyEn() != null;
		String lang = english ? "en" : "lt";
		return new ArchivedMailing(m.getId(), texts.archiveSubject(english ? m.getSubjectEn() : m.getSubject(), lang),
				texts.archiveHtml(english ? m.getBodyEn() : m.getBody(), lang), m.getSendAt());
	}
}
