package lt.tinklas.projects.web;

import java.util.LinkedHashMap;
import java.util.Map;

import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change made by one of a page's small forms: done, it comes back with its message; refused,
 * it comes back to the form's section with each field's message and what was typed.
 */
final class SectionChange {

	private SectionChange() {
	}

	static String run(MessageSource messages, String page, String section, RedirectAttributes redirect,
			Map<String, String> typed, Runnable work, String done) {
		try {
			work.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (InvalidInputException e) {
			Map<String, String> byField = new LinkedHashMap<>();
			e.errors()
				.forEach(error -> byField.merge(error.field(),
						messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()),
						(a, b) -> a + " " + b));
			redirect.addFlashAttribute("errorsOf", section);
			redirect.addFlashAttribute("fieldErrors", byField);
			redirect.addFlashAttribute("typed", typed);
			redirect.addFlashAttribute("flashError", "form.hasErrors");
		}
		return "redirect:" + page + "#" + section;
	}

	/** What was typed, "" for nothing, to show again. */
	static String typed(String text) {
		return text == null ? "" : text;
	}
}
