package lt.tinklas.shared.history;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import lt.tinklas.shared.text.Numbers;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Formats;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * A field's value as the history shows it, in the reader's language: an enum (or a set of them)
 * by its labels, a reference by the names of the records ({@link ShownAs}), a date in the house
 * form, an embedded part by its fields, a set as a list in Lithuanian order; nothing (shown as "—")
 * for an empty value.
 */
@Component
class HistoryValues {

	private static final Formats FORMATS = new Formats();

	private final MessageSource messages;
	// asked for on first use: the modules that name records keep histories themselves
	private final ObjectProvider<RecordNames> namers;
	private volatile Map<String, RecordNames> names;

	HistoryValues(MessageSource messages, ObjectProvider<RecordNames> namers) {
		this.messages = messages;
		this.namers = namers;
	}

	private RecordNames namer(String kind) {
		if (names == null) {
			Map<String, RecordNames> all = new HashMap<>();
			namers.orderedStream().forEach(namer -> namer.kinds().forEach(each -> all.put(each, namer)));
			names = all;
		}
		RecordNames namer = names.get(kind);
		if (namer == null) {
			throw new IllegalStateException("Nothing names records of the kind " + kind);
		}
		return namer;
	}

	/**
	 * Who saved each revision, by name: the account's name for a sign-in e-mail, “Tinklas
	 * (automatic)” for the application itself, “former user” for an account no longer there.
	 */
	Map<String, String> who(Collection<String> savedBy) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> who = new HashMap<>();
		List<String> people = savedBy.stream()
			.filter(by -> by != null && !AuditRevisionListener.SYSTEM.equals(by))
			.distinct()
			.toList();
		Map<Object, String> found = people.isEmpty() ? Map.of() : namer(RecordNames.USER).names(RecordNames.USER, people, locale);
		for (String by : savedBy) {
			if (by == null || AuditRevisionListener.SYSTEM.equals(by)) {
				who.put(by, messages.getMessage("history.by.system", null, locale));
			}
			else {
				who.put(by, found.containsKey(by) ? found.get(by)
						: messages.getMessage("history.by.formerUser", null, locale));
			}
		}
		return who;
	}

	/** The text of one field's value, or null when it has none. */
	String text(Class<?> type, String property, Object value) {
		if (value == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		ShownAs shownAs = shownAs(type, property);
		Collection<?> items = value instanceof Collection<?> collection ? collection : List.of(value);
		items = items.stream().filter(Objects::nonNull).toList();
		if (items.isEmpty()) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		if (shownAs != null) {
			Map<Object, String> found = namer(shownAs.value()).names(shownAs.value(), items, locale);
			items.forEach(item -> texts.add(found.getOrDefault(item,
					messages.getMessage("history.removedRecord", null, locale))));
		}
		else {
			items.forEach(item -> texts.add(one(item, locale)));
		}
		List<String> shown = texts.stream().filter(text -> text != null && !text.isBlank()).toList();
		if (shown.isEmpty()) {
			return null;
		}
		if (value instanceof Collection<?>) {
			shown = shown.stream().sorted(SearchText.collator()).toList();
		}
		return String.join(", ", shown);
	}

	private String one(Object value, Locale locale) {
		if (value instanceof Boolean yes) {
			return messages.getMessage(yes ? "common.yes" : "common.no", null, locale);
		}
		if (value instanceof Enum<?> constant) {
			String type = constant.getDeclaringClass().getSimpleName();
			return messages.getMessage(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name(),
					null, locale);
		}
		if (value instanceof Instant instant) {
			return FORMATS.dateTime(instant);
		}
		if (value instanceof OffsetDateTime dateTime) {
			return FORMATS.dateTime(dateTime);
		}
		if (value instanceof TemporalAccessor temporal) {
			return FORMATS.date(temporal);
		}
		if (value instanceof BigDecimal number) {
			return Numbers.plain(number).toPlainString();
		}
		if (value.getClass().isAnnotationPresent(Embeddable.class)) {
			// a part of the record (an affiliation, a yearly target): its fields by the same rules
			List<String> parts = new ArrayList<>();
			ReflectionUtils.doWithFields(value.getClass(), field -> {
				ReflectionUtils.makeAccessible(field);
				String part = text(value.getClass(), field.getName(), field.get(value));
				if (part != null) {
					parts.add(part);
				}
			}, field -> !Modifier.isStatic(field.getModifiers()));
			return String.join(", ", parts);
		}
		return String.valueOf(value);
	}

	private static ShownAs shownAs(Class<?> type, String property) {
		Field field = ReflectionUtils.findField(type, property);
		return field == null ? null : field.getAnnotation(ShownAs.class);
	}

	/** Whether the field is an internal column the history never shows. */
	static boolean hidden(Class<?> type, String property) {
		Field field = ReflectionUtils.findField(type, property);
		return field != null && field.isAnnotationPresent(NotShown.class);
	}
}
