package lt.tinklas.shared.web;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lt.tinklas.shared.security.RoleGroup;

/**
 * A card on a network's home, contributed as a bean by the module that owns its records, so that
 * the home knows no module but its own. The home shows the cards the signed-in user's roles allow,
 * grouped by {@link Group} and in {@code order()}; each card's data is read in one or a few queries
 * of the viewer's network.
 */
public interface HomeSection {

	/** Where a card stands on the home: what waits, the year's figures, the representative's own, the latest changes. */
	enum Group {
		TO_DO, FIGURES, YOURS, RECENT
	}

	Group group();

	/** Where the card stands in its group, smallest first. */
	int order();

	/** The authorities that see the card, such as {@code ROLE_STAFF}. */
	Set<String> roles();

	/**
	 * The template and fragment that draw the card, “events/home-cards :: week”; the fragment reads what
	 * {@link #data} gave as {@code card.data}.
	 */
	String fragment();

	/** What the card shows to the viewer. */
	Object data(HomeViewer viewer);

	/** Whether a user with these authorities sees the card. */
	default boolean shownTo(Set<String> authorities) {
		return roles().stream().anyMatch(authorities::contains);
	}

	/** The authorities of a group of roles, as {@link #roles()} names them. */
	static Set<String> authorities(RoleGroup group) {
		return group.roles().stream().map(role -> "ROLE_" + role).collect(Collectors.toUnmodifiableSet());
	}

	/** A card whose data a method of its module reads. */
	static HomeSection of(Group group, int order, Set<String> roles, String fragment, Function<HomeViewer, Object> data) {
		return new HomeSection() {

			@Override
			public Group group() {
				return group;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public Set<String> roles() {
				return roles;
			}

			@Override
			public String fragment() {
				return fragment;
			}

			@Override
			public Object data(HomeViewer viewer) {
				return data.apply(viewer);
			}
		};
	}
}
