package lt.tinklas.shared.web;

import java.time.LocalDate;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

/**
 * Values a JSON body may not carry, refused as their field's error in one place for every body
 * instead of failing at the database: text with the NUL character (U+0000), which PostgreSQL cannot
 * store and no person types, and a date written as a number (Jackson would read 2147483648 as a day
 * count, a year PostgreSQL cannot store; dates are written as 2026-01-22). Spring Boot registers this
 * module in its JSON mapper.
 */
@Component
class StrictJsonValues extends SimpleModule {

	StrictJsonValues() {
		super("StrictJsonValues");
		addDeserializer(String.class, new TextWithoutNul());
		addDeserializer(LocalDate.class, new DateAsText());
	}

	/** Text with a NUL character in it; {@link ApiProblems} names its field. */
	static final class NulInText extends InvalidFormatException {

		NulInText(JsonParser parser, String value) {
			super(parser, "Text with the NUL character (U+0000)", value, String.class);
		}
	}

	private static final class TextWithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(parser, context);
			if (text != null && text.indexOf('\u0000') >= 0) {
				throw new NulInText(parser, text);
			}
			return text;
		}
	}

	/** Not a subclass of Jackson's date reader: that one makes new readers of its own class per field. */
	private static final class DateAsText extends StdScalarDeserializer<LocalDate> {

		DateAsText() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
		}
	}
}
