package lt.tinklas.publishing.web;

import java.util.List;

/**
 * What the layout needs to show a network's public site: its sections, the page's address in both
 * languages (for hreflang and the language switch) and the absolute addresses for Open Graph; the
 * network's look (its name in the page's language, its colour, its logo's address, null without
 * one) and the address of its back office, for the staff's link back to work.
 */
public record SiteChrome(String networkName, String home, List<Link> links, String path, String absolute,
		String description, String rss, String colour, String logo, String work) {

	/** A section of the public site: a message key, or a page's own title, and its address. */
	public record Link(String labelKey, String label, String href) {
	}

	/** The page's address with the language asked for, as the hreflang links and the switch give it. */
	public String in(String language) {
		return absolute + "?lang=" + language;
	}
}
