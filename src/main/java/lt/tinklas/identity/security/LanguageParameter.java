package lt.tinklas.identity.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A public site's page opened with {@code ?lang=en} or {@code ?lang=lt} (a hreflang link, the site's
 * switch) is shown in that language, and the choice is kept for the next pages as the switch keeps it.
 * Elsewhere {@code lang} names a document's language (a PDF in English) and changes nothing else.
 */
@Configuration
class LanguageParameter implements WebMvcConfigurer {

	private final UserLocaleResolver locales;

	LanguageParameter(UserLocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String named = UserLocaleResolver.named(request);
				if (named != null) {
					locales.setLocale(request, response, Locale.forLanguageTag(named));
				}
				return true;
			}
		}).addPathPatterns(UserLocaleResolver.PUBLIC_SITE);
	}
}
