package lt.tinklas.events.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import lt.tinklas.shared.search.SearchHit;
import lt.tinklas.shared.search.SearchQuery;
import lt.tinklas.shared.search.SearchSource;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The network's search finds events by their Lithuanian or English title, the latest first; every network role may open one. */
@Component
class EventsSearch implements SearchSource {

	private final JdbcClient jdbc;

	EventsSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String kind() {
		return "events";
	}

	@Override
	public String headingKey() {
		return "search.events";
	}

	@Override
	public RoleGroup seenBy() {
		return RoleGroup.ANY_NETWORK_ROLE;
	}

	@Override
	public List<SearchHit> search(SearchQuery query, int limit) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return jdbc.sql("select e.id, e.title, e.title_en, e.starts_at from event e where e.network_id = :network"
				+ " and (" + SearchQuery.folded("e.title") + " like :text escape '\\'"
				+ " or " + SearchQuery.folded("coalesce(e.title_en, '')") + " like :text escape '\\')"
				+ " order by e.starts_at desc, e.id limit :limit")
			.param("network", Tenancy.require())
			.param("text", query.pattern())
			.param("limit", limit)
			.query((rs, i) -> {
				String title = english && rs.getString(3) != null ? rs.getString(3) : rs.getString(2);
				OffsetDateTime starts = rs.getObject(4, OffsetDateTime.class);
				return new SearchHit(title, starts.atZoneSameInstant(Formats.VILNIUS).toLocalDate().toString(),
						"/events/" + rs.getLong(1));
			})
			.list();
	}
}
