package lt.tinklas.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A choice among a network's records of one kind (its people, its organizations) for a select:
 * while they are few, every one of them is an option; when there are more than a page can carry,
 * only those already chosen are, and the rest are found by searching as one types at
 * {@link #searchUrl()} (the select then carries {@code data-search-url}, and the picker in
 * {@code tinklas.js} asks it). A page of a network with 50,000 people thus stays a page.
 */
public final class Choices {

	/** How many records a choice lists in full; above it, the choice is searched. */
	public static final String LISTED_UP_TO = "${tinklas.choices.listed-up-to:300}";

	/** The most a search answers with. */
	public static final int FOUND_AT_MOST = 20;

	private final Map<Long, String> all;

	private final Function<Collection<Long>, Map<Long, String>> named;

	private final String searchUrl;

	private Choices(Map<Long, String> all, Function<Collection<Long>, Map<Long, String>> named, String searchUrl) {
		this.all = all;
		this.named = named;
		this.searchUrl = searchUrl;
	}

	/** Every record listed: there are few of them. */
	private static Choices listed(Map<Long, String> all) {
		return new Choices(all, null, null);
	}

	/** Too many to list: the chosen ones are named by {@code named}, the rest searched at the address. */
	private static Choices searched(Function<Collection<Long>, Map<Long, String>> named, String searchUrl) {
		return new Choices(null, named, searchUrl);
	}

	/**
	 * The choice from the first records in order, read up to one more than {@code listedUpTo}:
	 * listed when that many or fewer came, searched at the address otherwise.
	 */
	public static Choices of(Map<Long, String> first, int listedUpTo,
			Function<Collection<Long>, Map<Long, String>> named, String searchUrl) {
		return first.size() <= listedUpTo ? listed(first) : searched(named, searchUrl);
	}

	/** Whether the choice is searched as one types instead of listed. */
	public boolean isSearched() {
		return all == null;
	}

	/** Where a search is asked ({@code ?q=...}); none while the records are listed. */
	public String searchUrl() {
		return searchUrl;
	}

	/** The options with nothing chosen. */
	public Map<Long, String> options() {
		return with(null);
	}

	/**
	 * The options for a select where {@code chosen} is chosen: an id, its text, several of them
	 * (a collection or an array) or nothing. Listed, all the records; searched, the chosen ones
	 * (those of the network; a text that is not an id is left out).
	 */
	public Map<Long, String> with(Object chosen) {
		if (all != null) {
			return all;
		}
		List<Long> ids = ids(chosen);
		return ids.isEmpty() ? new LinkedHashMap<>() : named.apply(ids);
	}

	private static List<Long> ids(Object chosen) {
		List<Long> ids = new ArrayList<>();
		if (chosen instanceof Collection<?> several) {
			several.forEach(one -> ids.addAll(ids(one)));
		}
		else if (chosen instanceof Object[] several) {
			for (Object one : several) {
				ids.addAll(ids(one));
			}
		}
		else if (chosen instanceof Number number) {
			ids.add(number.longValue());
		}
		else if (chosen != null) {
			try {
				ids.add(Long.valueOf(chosen.toString().strip()));
			}
			catch (NumberFormatException notAnId) {
				// typed by hand into a form: nothing of the network is chosen by it
			}
		}
		return ids;
	}

	/** One record found by a search: its id and its text as the options show it. */
	public record Found(long id, String text) {
	}

}
