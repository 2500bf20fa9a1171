package lt.tinklas.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.shared.persistence.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The first filter of every request: when the database cannot be reached (see {@link DatabaseOutage})
 * anywhere beneath it (loading the session, counting a rate limit, signing in, resolving the network,
 * in a controller), the request is answered 503 with {@code Retry-After}: the API with a problem
 * detail, the pages with a page of their own that says in the user's language to try again in a
 * moment. That page needs nothing from the database (no session, user or network), as the error
 * page's layouts do. Any other failure goes on to the error page as before.
 */
class DatabaseOutageAnswers extends OncePerRequestFilter {

	/** What {@code Retry-After} says: a restart or a fail-over is over in seconds. */
	static final long RETRY_AFTER_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAnswers.class);
	private final MessageSource messages;
	private final LocaleResolver locales;
	private final ITemplateEngine templates;

	DatabaseOutageAnswers(MessageSource messages, LocaleResolver locales, ITemplateEngine templates) {
		this.messages = messages;
		this.locales = locales;
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!DatabaseOutage.causes(failure)) {
				throw failure;
			}
			if (response.isCommitted()) {
				// the answer has begun (a download, a page already sent): nothing else can be said now
				log.warn("The database could not be reached after the answer to {} had begun: {}", path(request),
						failure.toString());
				return;
			}
			log.warn("The database could not be reached for {} {}: {}", request.getMethod(), path(request),
					failure.toString());
			answer(request, response);
		}
	}

	/** Also under an error page, which may read the session or the network again. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding("UTF-8");
		Locale locale = locales.resolveLocale(request);
		if (path(request).startsWith(request.getContextPath() + "/api/")) {
			RetryLaterProblem.write(response, HttpStatus.SERVICE_UNAVAILABLE,
					messages.getMessage("problem.unavailable.title", null, locale),
					messages.getMessage("problem.unavailable", new Object[] { RETRY_AFTER_SECONDS }, locale),
					RETRY_AFTER_SECONDS);
		}
		else {
			WebContext page = new WebContext(
					JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
					locale);
			page.setVariable("retry", retryLink(request));
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			templates.process("unavailable", page, response.getWriter());
		}
		response.flushBuffer();
	}

	/** The same address again, for a page that was only read; a form is sent again by the browser, not by a link. */
	private static String retryLink(HttpServletRequest request) {
		String path = path(request);
		if (!"GET".equals(request.getMethod()) || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
			return null;
		}
		Object query = request.getDispatcherType() == DispatcherType.ERROR
				? request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
		return query == null ? path : path + "?" + query;
	}

	/** The address the client asked for, also under an error page. */
	private static String path(HttpServletRequest request) {
		Object original = request.getDispatcherType() == DispatcherType.ERROR
				? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
		return original instanceof String uri ? uri : request.getRequestURI();
	}

	/** Before every other filter (after the one that sets the characters' encoding), the session's among them. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Registration {

		@Bean
		FilterRegistrationBean<DatabaseOutageAnswers> databaseOutageAnswers(MessageSource messages,
				LocaleResolver localeResolver, ITemplateEngine templateEngine) {
			FilterRegistrationBean<DatabaseOutageAnswers> registration = new FilterRegistrationBean<>(
					new DatabaseOutageAnswers(messages, localeResolver, templateEngine));
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
			return registration;
		}
	}
}
