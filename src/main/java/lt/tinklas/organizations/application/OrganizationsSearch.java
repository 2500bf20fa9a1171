package lt.tinklas.organizations.application;

import java.util.List;

import lt.tinklas.shared.search.SearchHit;
import lt.tinklas.shared.search.SearchQuery;
import lt.tinklas.shared.search.SearchSource;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.LithuanianOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The network's search finds organizations by name, short name or legal code; every network role may open one. */
@Component
class OrganizationsSearch implements SearchSource {

	private final JdbcClient jdbc;
	private final LithuanianOrder lithuanian;

	OrganizationsSearch(JdbcClient jdbc, LithuanianOrder lithuanian) {
		this.jdbc = jdbc;
		this.lithuanian = lithuanian;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String kind() {
		return "organizations";
	}

	@Override
	public String headingKey() {
		return "search.organizations";
	}

	@Override
	public RoleGroup seenBy() {
		return RoleGroup.ANY_NETWORK_ROLE;
	}

	@Override
	public List<SearchHit> search(SearchQuery query, int limit) {
		return jdbc.sql("select o.id, o.name, o.legal_code from organization o where o.network_id = :network"
				+ " and o.search_text like :text escape '\\' order by " + lithuanian.of("o.name") + ", o.id limit :limit")
			.param("network", Tenancy.require())
			.param("text", query.pattern())
			.param("limit", limit)
			.query((rs, i) -> new SearchHit(rs.getString(2), rs.getString(3), "/organizations/" + rs.getLong(1)))
			.list();
	}
}
