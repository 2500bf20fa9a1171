package lt.tinklas.shared.web;

import java.util.Set;

/**
 * A section of a network's navigation, contributed by the module that owns it as a bean. The
 * layout shows the sections the signed-in user's roles allow, in {@code order}, each in the menu
 * of its {@code group}.
 *
 * @param path the path under {@code /n/{slug}}, starting with "/" ("" for the network's home)
 * @param roles the authorities that may open it, such as {@code ROLE_STAFF}
 * @param group the menu it is shown in; none for a link of its own beside the menus (the home)
 */
public record NavigationItem(int order, String labelKey, String path, Set<String> roles, NavigationGroup group) {

	/** A link of its own beside the menus. */
	public NavigationItem(int order, String labelKey, String path, Set<String> roles) {
		this(order, labelKey, path, roles, null);
	}
}
