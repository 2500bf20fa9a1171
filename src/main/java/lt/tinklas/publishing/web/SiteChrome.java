package lt.tinklas.publishing.web;

import java.util.List;

/**
 * What the layout needs to show a network's public site: its sections, the page's address in both
 * languages (for hreflang and the language switch) and the absolute addresses for Open Graph.
 */
public record SiteChrome(String networkName, String home, List<Link> links, String path, String absolute,
		String description, String rss) {

	/** A section of the public site: a message key, or a page's own title, and its address. */
	public record Link(String labelKey, String label, String href) {
	}

	/** The page's address with the language asked for, as the hreflang links and the switch give it. */
	public String in(String language) {
		return absolute + "?lang=" + language;
	}
}
