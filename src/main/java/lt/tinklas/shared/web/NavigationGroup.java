package lt.tinklas.shared.web;

/**
 * The menus of a network's navigation, in the order the layout shows them. Each section
 * ({@link NavigationItem}) names the menu it belongs to; the home page is a link of its own.
 */
public enum NavigationGroup {

	MEMBERS("nav.group.members"),
	EVENTS("nav.group.events"),
	ADVOCACY("nav.group.advocacy"),
	STRATEGY_AND_REPORTS("nav.group.strategy"),
	PROJECTS_AND_PARTNERS("nav.group.projects"),
	SITE("nav.group.site"),
	SETTINGS("nav.group.settings");

	private final String labelKey;

	NavigationGroup(String labelKey) {
		this.labelKey = labelKey;
	}

	/** The message key of the menu's name. */
	public String labelKey() {
		return labelKey;
	}
}
