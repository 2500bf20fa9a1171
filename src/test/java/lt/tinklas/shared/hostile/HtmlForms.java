package lt.tinklas.shared.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import lt.tinklas.organizations.LegalCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The POST forms of a page as a browser sees them: their fields with what they hold, and a value
 * for each empty field that a person filling the form in would type, so one field at a time can be
 * given a hostile value while the others are valid.
 */
final class HtmlForms {

	/** Fields that take text, numbers, dates or a choice. */
	static final Set<String> TYPED = Set.of("text", "textarea", "email", "url", "tel", "number", "date",
			"datetime-local", "time", "month", "search", "select");

	/** Fields a person types text into. */
	static final Set<String> TEXTUAL = Set.of("text", "textarea", "email", "url", "tel", "search");

	private static final AtomicInteger COUNTER = new AtomicInteger(1000);

	private HtmlForms() {
	}

	/** One field: its name, HTML type, the value the page put in, whether it is required, its choices. */
	record Field(String name, String type, String value, boolean required, List<String> options) {

		boolean typed() {
			return TYPED.contains(type);
		}
	}

	/** A form: where it posts, its fields in order. */
	record Form(String action, List<Field> fields) {

		/** What tells the form apart from others of its kind: its address with ids left out, and its field names. */
		String key() {
			return action.replaceAll("/\\d+", "/{id}").replaceAll("\\?.*", "") + " "
					+ fields.stream().filter(Field::typed).map(Field::name).toList();
		}

		List<Field> typedFields() {
			return fields.stream().filter(Field::typed).toList();
		}

		/** The fields as sent: what the page holds, empty ones filled with a plausible value. */
		Map<String, String> filled() {
			Map<String, String> values = new LinkedHashMap<>();
			for (Field field : fields) {
				if (values.containsKey(field.name())) {
					continue;
				}
				values.put(field.name(), field.value().isEmpty() && !"hidden".equals(field.type())
						? plausible(field) : field.value());
			}
			return values;
		}
	}

	static List<Form> postForms(String html) {
		Document document = Jsoup.parse(html);
		List<Form> forms = new ArrayList<>();
		for (Element form : document.select("form")) {
			if (!"post".equalsIgnoreCase(form.attr("method"))) {
				continue;
			}
			List<Field> fields = new ArrayList<>();
			for (Element element : form.select("input[name], textarea[name], select[name], button[name]")) {
				if (element.hasAttr("disabled")) {
					continue;
				}
				String name = element.attr("name");
				boolean required = element.hasAttr("required");
				switch (element.tagName()) {
					case "textarea" -> fields.add(new Field(name, "textarea", element.wholeText(), required, List.of()));
					case "select" -> {
						List<String> options = element.select("option").eachAttr("value");
						Element selected = element.selectFirst("option[selected]");
						fields.add(new Field(name, "select", selected == null ? "" : selected.attr("value"), required,
								options));
					}
					case "button" -> {
						// the button that saves, not the one that shows a preview
						if (!"preview".equals(element.attr("value")) && fields.stream().noneMatch(f -> f.name().equals(name))) {
							fields.add(new Field(name, "hidden", element.attr("value"), false, List.of()));
						}
					}
					default -> {
						String type = element.attr("type").isEmpty() ? "text" : element.attr("type").toLowerCase();
						if ((type.equals("checkbox") || type.equals("radio")) && !element.hasAttr("checked")) {
							continue;
						}
						if (type.equals("file") || type.equals("submit") || type.equals("password")) {
							continue;
						}
						fields.add(new Field(name, type.equals("checkbox") || type.equals("radio") ? "hidden" : type,
								element.attr("value"), required, List.of()));
					}
				}
			}
			forms.add(new Form(form.attr("action"), fields));
		}
		return forms;
	}

	static Optional<Form> find(String html, String key) {
		return postForms(html).stream().filter(form -> form.key().equals(key)).findFirst();
	}

	/** What a person would type into the empty field, told by its type and its name. */
	static String plausible(Field field) {
		String name = field.name().toLowerCase();
		int n = COUNTER.incrementAndGet();
		boolean end = name.contains("end") || name.contains("until") || name.contains("to") && !name.contains("total");
		return switch (field.type()) {
			case "select" -> field.options().stream().filter(o -> !o.isEmpty()).findFirst().orElse("");
			case "email" -> "bandymas" + n + "@pavyzdys.lt";
			case "url" -> "https://pavyzdys.lt/" + n;
			case "tel" -> "+37060000" + String.format("%03d", n % 1000);
			case "number" -> "1";
			case "date" -> end ? "2026-03-03" : "2026-03-02";
			case "datetime-local" -> end ? "2026-03-02T14:00" : "2026-03-02T10:00";
			case "time" -> end ? "14:00" : "10:00";
			case "month" -> "2026-03";
			default -> {
				if (name.contains("legalcode") || name.equals("code")) {
					yield legalCode(n);
				}
				if (name.contains("email")) {
					yield "bandymas" + n + "@pavyzdys.lt";
				}
				if (name.contains("year")) {
					yield "2026";
				}
				if (name.contains("slug")) {
					yield "bandymas-" + n;
				}
				if (name.contains("website") || name.contains("url") || name.contains("link")) {
					yield "https://pavyzdys.lt/" + n;
				}
				yield "Bandymas " + n;
			}
		};
	}

	static String legalCode(int n) {
		for (int i = 0;; i++) {
			Optional<String> code = LegalCode.complete(String.valueOf(30_100_000 + n * 10 + i));
			if (code.isPresent()) {
				return code.get();
			}
		}
	}
}
