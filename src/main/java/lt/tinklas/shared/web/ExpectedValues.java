package lt.tinklas.shared.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.util.ClassUtils;

/**
 * What a value that could not be read as its field's type should have been, said in the caller's
 * language: the allowed values of a list of choices, the form of a date, a number.
 */
class ExpectedValues {

	private static final Map<Class<?>, String> KEYS = Map.ofEntries(Map.entry(LocalDate.class, "problem.value.date"),
			Map.entry(OffsetDateTime.class, "problem.value.dateTime"),
			Map.entry(ZonedDateTime.class, "problem.value.dateTime"),
			Map.entry(LocalDateTime.class, "problem.value.localDateTime"),
			Map.entry(LocalTime.class, "problem.value.time"), Map.entry(Boolean.class, "problem.value.boolean"),
			Map.entry(Integer.class, "problem.value.wholeNumber"), Map.entry(Long.class, "problem.value.wholeNumber"),
			Map.entry(Short.class, "problem.value.wholeNumber"), Map.entry(Byte.class, "problem.value.wholeNumber"),
			Map.entry(BigInteger.class, "problem.value.wholeNumber"));

	private final MessageSource messages;

	ExpectedValues(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The message for a value that is not a {@code type}; a choice lists its values as
	 * {@code spelling} writes them (a body's JSON values, a parameter's names).
	 */
	String message(Class<?> type, Function<Enum<?>, String> spelling, Locale locale) {
		Class<?> wrapped = ClassUtils.resolvePrimitiveIfNecessary(type);
		if (wrapped.isEnum()) {
			String allowed = Arrays.stream(wrapped.getEnumConstants())
				.map(constant -> spelling.apply((Enum<?>) constant))
				.collect(Collectors.joining(", "));
			return messages.getMessage("problem.value.oneOf", new Object[] { allowed }, locale);
		}
		return messages.getMessage(key(wrapped), null, locale);
	}

	/** The message for a number beyond what its field's type holds: 2147483648 for a whole number. */
	String outOfRange(Class<?> type, Locale locale) {
		Class<?> wrapped = ClassUtils.resolvePrimitiveIfNecessary(type);
		Object[] limits = wrapped == Integer.class ? new Object[] { Integer.MIN_VALUE, Integer.MAX_VALUE }
				: wrapped == Long.class ? new Object[] { Long.MIN_VALUE, Long.MAX_VALUE } : null;
		return limits == null ? messages.getMessage("problem.value.outOfRange", null, locale)
				: messages.getMessage("problem.value.outOfRangeBetween", limits, locale);
	}

	private static String key(Class<?> type) {
		String known = KEYS.get(type);
		if (known != null) {
			return known;
		}
		if (Number.class.isAssignableFrom(type)) {
			return "problem.value.number";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "problem.value.list";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "problem.value.text";
		}
		return "problem.value.object";
	}
}
