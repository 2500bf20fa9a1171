package lt.tinklas.shared.web;

import java.util.List;

/**
 * What the layout draws of the navigation for one request: the links beside the menus (the home)
 * and the menus, each with the sections the user may open. {@code current} is the section the
 * page belongs to (the longest path the page's address starts with), {@code page} whether the page
 * is that section's own address.
 */
public record NavigationMenu(List<Link> links, List<Menu> menus) {

	/** A section as drawn. */
	public record Link(String labelKey, String href, boolean current, boolean page) {

		/** The value of {@code aria-current}, or none. */
		public String ariaCurrent() {
			return page ? "page" : current ? "true" : null;
		}
	}

	/** A menu and its sections; {@code current} when the page belongs to one of them. */
	public record Menu(NavigationGroup group, String id, List<Link> links) {

		public boolean current() {
			return links.stream().anyMatch(Link::current);
		}
	}

	public boolean isEmpty() {
		return links.isEmpty() && menus.isEmpty();
	}
}
