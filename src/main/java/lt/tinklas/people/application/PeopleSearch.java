package lt.tinklas.people.application;

import java.util.List;

import lt.tinklas.shared.search.SearchHit;
import lt.tinklas.shared.search.SearchQuery;
import lt.tinklas.shared.search.SearchSource;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The network's search finds people by name or e-mail. Only for the roles that may open anyone's
 * page: a member representative opens only their own organization's people, and finds them in its list.
 */
@Component
class PeopleSearch implements SearchSource {

	private final JdbcClient jdbc;

	PeopleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String kind() {
		return "people";
	}

	@Override
	public String headingKey() {
		return "search.people";
	}

	@Override
	public RoleGroup seenBy() {
		return RoleGroup.READERS;
	}

	@Override
	public List<SearchHit> search(SearchQuery query, int limit) {
		return jdbc.sql("select p.id, p.first_name, p.last_name, p.email from person p where p.network_id = :network"
				+ " and p.erased_at is null and p.search_text like :text escape '\\'"
				+ " order by p.last_name, p.first_name, p.id limit :limit")
			.param("network", Tenancy.require())
			.param("text", query.pattern())
			.param("limit", limit)
			.query((rs, i) -> new SearchHit(rs.getString(3) + ", " + rs.getString(2), rs.getString(4),
					"/people/" + rs.getLong(1)))
			.list();
	}
}
