package lt.tinklas.shared.search;

import java.util.List;

import lt.tinklas.shared.security.RoleGroup;

/**
 * A kind of record the network's search finds, contributed by the module that owns it as a bean
 * (organizations, people, events ...). The search page asks each source the caller's roles allow,
 * in {@link #order}, and shows its hits as a group under {@link #headingKey}.
 */
public interface SearchSource {

	/** Where the group stands on the search page, lowest first. */
	int order();

	/** The kind's name in the API's answer: {@code organizations}, {@code people} ... */
	String kind();

	/** The message key of the group's heading. */
	String headingKey();

	/** The roles that may see this kind of record; a source only returns what these may open. */
	RoleGroup seenBy();

	/**
	 * At most {@code limit} records of the current network ({@code Tenancy.require()}) that match,
	 * in one SQL statement.
	 */
	List<SearchHit> search(SearchQuery query, int limit);
}
