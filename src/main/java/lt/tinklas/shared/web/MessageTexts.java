package lt.tinklas.shared.web;

import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The message bundles every page, document and mail is written from ({@code spring.messages.*}),
 * with one rule of their own: a whole number of up to four digits put into a text as a plain
 * argument ({@code {0}}) is written as it is, so a year is never grouped ("2026 m.", not
 * "2 026 m."), nor is any other four-digit number, as Lithuanian writes them; longer numbers keep
 * the language's grouping, and an argument with its own format ({@code {0,choice,...}}) keeps it.
 */
@Component("messageSource")
class MessageTexts extends ResourceBundleMessageSource {

	MessageTexts(@Value("${spring.messages.basename}") List<String> basenames,
			@Value("${spring.messages.encoding:UTF-8}") String encoding,
			@Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
		setBasenames(basenames.toArray(String[]::new));
		setDefaultEncoding(encoding);
		setFallbackToSystemLocale(fallbackToSystemLocale);
	}

	@Override
	protected MessageFormat createMessageFormat(String message, Locale locale) {
		MessageFormat format = super.createMessageFormat(message, locale);
		Format[] formats = format.getFormatsByArgumentIndex();
		for (int i = 0; i < formats.length; i++) {
			if (formats[i] == null) {
				format.setFormatByArgumentIndex(i, new PlainArgument(locale));
			}
		}
		return format;
	}

	/** A plain argument as MessageFormat writes it, except a short whole number, which is not grouped. */
	private static final class PlainArgument extends Format {

		private final Locale locale;

		PlainArgument(Locale locale) {
			this.locale = locale;
		}

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			if ((value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte)
					&& Math.abs(((Number) value).longValue()) < 10_000) {
				return to.append(((Number) value).longValue());
			}
			if (value instanceof Number) {
				return NumberFormat.getInstance(locale).format(value, to, position);
			}
			return to.append(value);
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			throw new UnsupportedOperationException("Messages are only written");
		}
	}
}
