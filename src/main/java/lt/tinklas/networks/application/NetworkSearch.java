package lt.tinklas.networks.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import lt.tinklas.shared.search.SearchHit;
import lt.tinklas.shared.search.SearchQuery;
import lt.tinklas.shared.search.SearchSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The network's search over the kinds of record the modules contribute ({@link SearchSource}), in
 * their order, asking only those the caller's roles may open, one statement each.
 */
@Component
public class NetworkSearch {

	/** The most hits given of each kind; one more is asked for, to say that there are more. */
	public static final int SHOWN = 10;

	private final List<SearchSource> sources;

	NetworkSearch(List<SearchSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
	}

	/** A kind of record and what of it was found; {@code more} when there were more than given. */
	public record Group(String kind, String headingKey, List<SearchHit> hits, boolean more) {
	}

	/** The kinds that found something, for a query that {@link SearchQuery#isLongEnough is long enough}. */
	public List<Group> search(SearchQuery query, Collection<? extends GrantedAuthority> authorities) {
		List<Group> groups = new ArrayList<>();
		for (SearchSource source : sources) {
			if (!source.seenBy().includes(authorities)) {
				continue;
			}
			List<SearchHit> hits = source.search(query, SHOWN + 1);
			if (!hits.isEmpty()) {
				groups.add(new Group(source.kind(), source.headingKey(), List.copyOf(hits.subList(0, Math.min(SHOWN, hits.size()))),
						hits.size() > SHOWN));
			}
		}
		return groups;
	}
}
