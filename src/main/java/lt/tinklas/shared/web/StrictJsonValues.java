package lt.tinklas.shared.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

/**
 * Values a JSON body may not carry, refused as their field's error in one place for every body
 * instead of failing at the database: text with the NUL character (U+0000), which PostgreSQL cannot
 * store and no person types, and a date written as a number (Jackson would read 2147483648 as a day
 * count, a year PostgreSQL cannot store; dates are written as 2026-01-22), a date and time written
 * as a number (read as seconds since 1970; they are written as 2026-01-22T10:00:00+02:00), a yes/no written as a
 * number or text (Jackson would read -1 as true and "" as no), and an empty element in a list
 * ({@code [null]}, or {@code [""]} where the list holds numbers), which no list of ids, codes or
 * choices means. Spring Boot registers this module in the JSON mapper that reads request bodies; no
 * stored JSON is read through it.
 */
@Component
class StrictJsonValues extends SimpleModule {

	StrictJsonValues() {
		super("StrictJsonValues");
		addDeserializer(String.class, new TextWithoutNul());
		addDeserializer(LocalDate.class, new DateAsText());
		addDeserializer(OffsetDateTime.class, new DateTimeAsText());
		addDeserializer(Boolean.class, new TrueOrFalse(false));
		addDeserializer(boolean.class, new TrueOrFalse(true));
	}

	@Override
	public void setupModule(SetupContext context) {
		super.setupModule(context);
		for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
			context.configOverride(type).setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL));
		}
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

	/** A date and time only as text; the text read as Jackson reads it. */
	private static final class DateTimeAsText extends StdScalarDeserializer<OffsetDateTime> {

		DateTimeAsText() {
			super(OffsetDateTime.class);
		}

		@Override
		public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
			}
			return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
		}
	}

	/** Only {@code true} and {@code false}; a left-out or null primitive stays {@code false}. */
	private static final class TrueOrFalse extends StdScalarDeserializer<Boolean> {

		private final boolean primitive;

		TrueOrFalse(boolean primitive) {
			super(primitive ? Boolean.TYPE : Boolean.class);
			this.primitive = primitive;
		}

		@Override
		public Boolean deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (parser.hasToken(JsonToken.VALUE_TRUE)) {
				return Boolean.TRUE;
			}
			if (parser.hasToken(JsonToken.VALUE_FALSE)) {
				return Boolean.FALSE;
			}
			return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
		}

		@Override
		public Object getNullValue(DeserializationContext context) {
			if (primitive && context.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)) {
				return context.reportInputMismatch(this, "A yes/no may not be null");
			}
			return primitive ? Boolean.FALSE : null;
		}
	}
}
