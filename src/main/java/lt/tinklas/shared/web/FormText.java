package lt.tinklas.shared.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;

/**
 * What no text typed into a page's form can be stored as, checked for every form in one place: a
 * control character (a NUL byte, which PostgreSQL refuses in text, or another that no keyboard
 * types) is refused at its field when the form is bound; a text longer than its column is refused
 * at its field, naming the limit, when the database says so, so each column's length is written
 * once, in its migration. The API answers these itself.
 */
final class FormText {

	private static final Pattern COLUMN_LENGTH = Pattern.compile("character varying\\((\\d+)\\)",
			Pattern.CASE_INSENSITIVE);

	private FormText() {
	}

	/** Marks each text field of the bound form that holds a control character other than tab and line breaks. */
	static void rejectControlCharacters(BindingResult binding) {
		texts(binding.getTarget()).forEach((field, text) -> {
			if (hasControlCharacter(text) && binding.getFieldErrorCount(field) == 0) {
				binding.rejectValue(field, "form.error.controlCharacter");
			}
		});
	}

	/**
	 * Marks the fields the database could not store: those longer than the column it named, or
	 * holding a control character. False when no field of the form explains the refusal.
	 */
	static boolean rejectUnstorable(BindingResult binding, DataIntegrityViolationException e) {
		String reason = String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
		Matcher length = COLUMN_LENGTH.matcher(reason);
		boolean rejected = false;
		if (length.find()) {
			int max = Integer.parseInt(length.group(1));
			for (Map.Entry<String, String> text : texts(binding.getTarget()).entrySet()) {
				if (text.getValue().length() > max && binding.getFieldErrorCount(text.getKey()) == 0) {
					binding.rejectValue(text.getKey(), "form.error.tooLong", new Object[] { max }, null);
					rejected = true;
				}
			}
		}
		else if (reason.contains("0x00")) {
			for (Map.Entry<String, String> text : texts(binding.getTarget()).entrySet()) {
				if (hasControlCharacter(text.getValue()) && binding.getFieldErrorCount(text.getKey()) == 0) {
					binding.rejectValue(text.getKey(), "form.error.controlCharacter");
					rejected = true;
				}
			}
		}
		return rejected;
	}

	static boolean hasControlCharacter(String text) {
		return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
	}

	/** The form's text fields by name; a list of texts counts as one text per field. */
	private static Map<String, String> texts(Object form) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (form == null || !form.getClass().getName().startsWith("lt.tinklas.")) {
			return texts;
		}
		if (form.getClass().isRecord()) {
			for (RecordComponent component : form.getClass().getRecordComponents()) {
				try {
					add(texts, component.getName(), component.getAccessor().invoke(form));
				}
				catch (ReflectiveOperationException | RuntimeException e) {
					// a component that cannot be read holds no typed text
				}
			}
		}
		else {
			BeanWrapperImpl bean = new BeanWrapperImpl(form);
			for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
				if (property.getReadMethod() != null && !property.getName().equals("class")) {
					add(texts, property.getName(), bean.getPropertyValue(property.getName()));
				}
			}
		}
		return texts;
	}

	private static void add(Map<String, String> texts, String name, Object value) {
		if (value instanceof String text) {
			texts.put(name, text);
		}
		else if (value instanceof Collection<?> values) {
			String joined = String.join("\n", values.stream().filter(String.class::isInstance).map(String.class::cast)
				.toList());
			texts.put(name, joined);
		}
	}
}
