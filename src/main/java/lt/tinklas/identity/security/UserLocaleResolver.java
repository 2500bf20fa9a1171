package lt.tinklas.identity.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.domain.UserAccountRecords;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Lithuanian unless the person chose English: the choice is kept in a cookie and, for a signed-in
 * user, in their account, so it follows them to another browser. Pages do not follow the
 * browser's Accept-Language (Lithuanian is the default); the API does, as a program asks for it.
 */
@Component("localeResolver")
public class UserLocaleResolver implements LocaleResolver {

	static final String COOKIE = "TINKLAS_LANG";
	static final String PARAMETER = "lang";
	static final String[] PUBLIC_SITE = { "/n/*/public", "/n/*/public/**" };
	private static final Pattern PUBLIC_PATH = Pattern.compile("^/n/[^/]+/public(/.*)?$");
	public static final Set<String> LANGUAGES = Set.of("lt", "en");
	static final Locale DEFAULT = Locale.forLanguageTag("lt");

	private final UserAccountRecords accounts;
	private final TransactionTemplate transactions;

	UserLocaleResolver(UserAccountRecords accounts, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.transactions = transactions;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		// a program calling the API says which language it wants; a browser's header is only a fallback
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Locale asked = fromHeader(request);
			if (asked != null) {
				return asked;
			}
		}
		// a public site's address may name its language (?lang=en), as its hreflang links do
		String named = named(request);
		if (named != null) {
			return Locale.forLanguageTag(named);
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
					return Locale.forLanguageTag(cookie.getValue());
				}
			}
		}
		SignedInUser user = signedIn();
		if (user != null && LANGUAGES.contains(user.language())) {
			return Locale.forLanguageTag(user.language());
		}
		return DEFAULT;
	}

	/**
	 * The language a public site's address names ({@code ?lang=en} on a GET), or null. Only such a
	 * request's parameters are read: reading another's would parse its upload.
	 */
	static String named(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())
				|| !PUBLIC_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
			return null;
		}
		String named = request.getParameter(PARAMETER);
		return named != null && LANGUAGES.contains(named) ? named : null;
	}

	private static Locale fromHeader(HttpServletRequest request) {
		String accept = request.getHeader("Accept-Language");
		if (accept == null || accept.isBlank()) {
			return null;
		}
		try {
			return Locale.lookup(Locale.LanguageRange.parse(accept),
					List.of(Locale.forLanguageTag("lt"), Locale.ENGLISH));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String language = locale != null && LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "lt";
		writeCookie(response, language);
		SignedInUser user = signedIn();
		if (user != null) {
			transactions.executeWithoutResult(
					status -> accounts.findById(user.id()).ifPresent(account -> account.setLanguage(language)));
		}
	}

	static void writeCookie(HttpServletResponse response, String language) {
		Cookie cookie = new Cookie(COOKIE, language);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
