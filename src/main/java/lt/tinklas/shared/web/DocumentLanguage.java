package lt.tinklas.shared.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/** The language a downloaded document is written in: {@code ?lang=lt|en}, else the page's. */
public final class DocumentLanguage {

	private DocumentLanguage() {
	}

	/** The language asked for; one Tinklas does not speak is not found. */
	public static Locale of(String lang) {
		if (lang == null || lang.isBlank()) {
			return LocaleContextHolder.getLocale();
		}
		if (!lang.equals("lt") && !lang.equals("en")) {
			throw new NotFoundException("Language");
		}
		return Locale.forLanguageTag(lang);
	}
}
