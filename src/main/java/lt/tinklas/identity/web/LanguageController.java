package lt.tinklas.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.security.UserLocaleResolver;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switch on every page: remembers the choice and returns to the same page. */
@Controller
class LanguageController {

	private final UserLocaleResolver locales;

	LanguageController(UserLocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/language")
	String switchLanguage(@RequestParam String lang, @RequestParam(defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response) {
		if (UserLocaleResolver.LANGUAGES.contains(lang)) {
			locales.setLocale(request, response, Locale.forLanguageTag(lang));
		}
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
		return "redirect:" + (local ? back : "/");
	}
}
