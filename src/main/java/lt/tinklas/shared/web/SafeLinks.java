package lt.tinklas.shared.web;

import lt.tinklas.shared.text.WebLinks;
import org.springframework.stereotype.Component;

/**
 * Pages write a stored link through {@code th:with="safeHref=${@safeLinks.href(link)}"} and
 * {@code th:href="${safeHref}"} (a bean is not reachable inside {@code th:href} itself): a link kept before the
 * rule of {@link WebLinks} existed, or brought in by a path that skipped it, renders as no link.
 */
@Component("safeLinks")
public class SafeLinks {

	public String href(String link) {
		return WebLinks.href(link);
	}
}
