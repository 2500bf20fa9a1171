package lt.tinklas.publishing.web;

import java.util.Locale;
import java.util.Optional;

import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.publishing.Site;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A network's privacy notice: the page its keepers wrote, or until they write one (or when it has
 * no text) a general notice naming the network and how to reach it, so the notice is never empty.
 */
@Component
class PrivacyNotice {

	private final Site site;
	private final MessageSource messages;

	PrivacyNotice(Site site, MessageSource messages) {
		this.site = site;
		this.messages = messages;
	}

	/** The published notice, if the network wrote one with a text. */
	Optional<Site.PageView> written() {
		return site.publicPage(Site.PRIVACY).filter(page -> page.body() != null && !page.body().isBlank());
	}

	String defaultTitle(Locale locale) {
		return messages.getMessage("site.privacy.title", null, locale);
	}

	/** The general notice in Markdown, in the language asked for. */
	String defaultText(NetworkSettings settings, Locale locale) {
		String contact = settings.email() == null || settings.email().isBlank()
				? messages.getMessage("site.privacy.contactPage", null, locale) : settings.email();
		return messages.getMessage("site.privacy.default", new Object[] { settings.name(), contact }, locale);
	}
}
