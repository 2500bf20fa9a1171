package lt.tinklas.publishing.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.networks.Networks;
import lt.tinklas.publishing.Site;
import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page under {@code /n/{slug}/public} (the site's own pages and the public pages of
 * other modules: members, projects, the application form, an event) the public site's sections and
 * the addresses for hreflang and Open Graph.
 */
@ControllerAdvice(annotations = Controller.class)
class PublicSiteAdvice {

	private final Networks networks;
	private final Site site;
	private final String baseUrl;

	PublicSiteAdvice(Networks networks, Site site, @Value("${tinklas.base-url}") String baseUrl) {
		this.networks = networks;
		this.site = site;
		this.baseUrl = baseUrl;
	}

	@ModelAttribute("site")
	SiteChrome site(HttpServletRequest request) {
		NetworkRef network = (NetworkRef) request.getAttribute(NetworkContext.REQUEST_ATTRIBUTE);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String publicRoot = network == null ? null : "/n/" + network.slug() + "/public";
		if (publicRoot == null || !(path.equals(publicRoot) || path.startsWith(publicRoot + "/"))) {
			return null;
		}
		String n = request.getContextPath() + publicRoot;
		List<SiteChrome.Link> links = new ArrayList<>(List.of(new SiteChrome.Link("site.nav.home", null, n),
				new SiteChrome.Link("site.nav.about", null, n + "/about"),
				new SiteChrome.Link("site.nav.strategy", null, n + "/strategy"),
				new SiteChrome.Link("site.nav.members", null, n + "/members"),
				new SiteChrome.Link("site.nav.events", null, n + "/events"),
				new SiteChrome.Link("site.nav.projects", null, n + "/projects"),
				new SiteChrome.Link("site.nav.news", null, n + "/news"),
				new SiteChrome.Link("site.nav.newsletters", null, n + "/newsletters"),
				new SiteChrome.Link("site.nav.media", null, n + "/media"),
				new SiteChrome.Link("site.nav.publications", null, n + "/publications"),
				new SiteChrome.Link("site.nav.results", null, n + "/results"),
				new SiteChrome.Link("site.nav.join", null, n + "/apply"),
				new SiteChrome.Link("site.nav.contacts", null, n + "/contacts")));
		String language = LocaleContextHolder.getLocale().getLanguage();
		for (Site.PageView page : site.pages()) {
			if (page.published() && !Site.isSection(page.slug())) {
				links.add(new SiteChrome.Link(null, page.title(language), n + "/pages/" + page.slug()));
			}
		}
		NetworkLook look = networks.lookWithoutLogo(network.id());
		return new SiteChrome(look.name(language), n, List.copyOf(links), request.getRequestURI(),
				baseUrl + path, summary(look.mission(language)), n + "/news.rss", look.shownColour(),
				look.hasLogo() ? request.getContextPath() + look.logoPath() : null,
				request.getContextPath() + "/n/" + network.slug());
	}

	/** The first sentence or two of a text, for a page's description (search engines show about 160 letters). */
	static String summary(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.replaceAll("[#*_>`\\[\\]]", "").replaceAll("\\s+", " ").strip();
		if (plain.length() <= 160) {
			return plain;
		}
		int cut = plain.lastIndexOf(' ', 157);
		return plain.substring(0, cut > 80 ? cut : 157) + "…";
	}
}
