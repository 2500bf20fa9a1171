package lt.tinklas.projects.application;

import java.util.List;

import lt.tinklas.shared.search.SearchHit;
import lt.tinklas.shared.search.SearchQuery;
import lt.tinklas.shared.search.SearchSource;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The network's search finds projects by name (either language) or code, the latest first; for the roles that may open them. */
@Component
class ProjectsSearch implements SearchSource {

	private final JdbcClient jdbc;

	ProjectsSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String kind() {
		return "projects";
	}

	@Override
	public String headingKey() {
		return "search.projects";
	}

	@Override
	public RoleGroup seenBy() {
		return RoleGroup.READERS;
	}

	@Override
	public List<SearchHit> search(SearchQuery query, int limit) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return jdbc.sql("select p.id, p.name, p.name_en, p.code, p.starts_on, p.ends_on from project p"
				+ " where p.network_id = :network and (" + SearchQuery.folded("p.name") + " like :text escape '\\'"
				+ " or " + SearchQuery.folded("coalesce(p.name_en, '')") + " like :text escape '\\'"
				+ " or lower(coalesce(p.code, '')) like :text escape '\\')"
				+ " order by p.starts_on desc, p.id desc limit :limit")
			.param("network", Tenancy.require())
			.param("text", query.pattern())
			.param("limit", limit)
			.query((rs, i) -> {
				String name = english && rs.getString(3) != null ? rs.getString(3) : rs.getString(2);
				String period = rs.getDate(5).toLocalDate() + " – " + rs.getDate(6).toLocalDate();
				String code = rs.getString(4);
				return new SearchHit(name, code == null || code.isBlank() ? period : code + " · " + period,
						"/projects/" + rs.getLong(1));
			})
			.list();
	}
}
