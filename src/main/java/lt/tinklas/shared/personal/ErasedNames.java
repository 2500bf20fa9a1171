package lt.tinklas.shared.personal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages name an erased person: their stored name is empty, so every place that shows a name
 * passes it through here and shows “erased person” in the reader's language instead.
 */
@Component
public class ErasedNames {

	private final MessageSource messages;

	ErasedNames(MessageSource messages) {
		this.messages = messages;
	}

	/** “Erased person” in the language of the current request. */
	public String label() {
		return messages.getMessage("person.erased", null, LocaleContextHolder.getLocale());
	}

	/** The name as stored, or {@link #label()} when the person was erased. */
	public String name(String stored) {
		return stored == null || stored.isBlank() ? label() : stored;
	}
}
