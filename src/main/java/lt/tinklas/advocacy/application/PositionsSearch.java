package lt.tinklas.advocacy.application;

import java.util.List;

import lt.tinklas.shared.search.SearchHit;
import lt.tinklas.shared.search.SearchQuery;
import lt.tinklas.shared.search.SearchSource;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The network's search finds positions and letters by title, outgoing register number
 * (NSMOT/26/01/22/01) or an addressee's name, the latest sent first; for the roles that may open them.
 */
@Component
class PositionsSearch implements SearchSource {

	private final JdbcClient jdbc;

	PositionsSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String kind() {
		return "documents";
	}

	@Override
	public String headingKey() {
		return "search.documents";
	}

	@Override
	public RoleGroup seenBy() {
		return RoleGroup.READERS;
	}

	@Override
	public List<SearchHit> search(SearchQuery query, int limit) {
		return jdbc.sql("select p.id, p.title, p.register_number from advocacy_position p where p.network_id = :network"
				+ " and (" + SearchQuery.folded("p.title") + " like :text escape '\\'"
				+ " or lower(coalesce(p.register_number, '')) like :text escape '\\'"
				+ " or exists (select 1 from position_addressee a join institution i on i.id = a.institution_id"
				+ " where a.position_id = p.id and " + SearchQuery.folded("i.name") + " like :text escape '\\'))"
				+ " order by p.sent_on desc nulls last, p.id desc limit :limit")
			.param("network", Tenancy.require())
			.param("text", query.pattern())
			.param("limit", limit)
			.query((rs, i) -> new SearchHit(rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
					"/positions/" + rs.getLong(1)))
			.list();
	}
}
