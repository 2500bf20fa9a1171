package lt.tinklas.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.people.application.PersonPage;
import lt.tinklas.shared.personal.ErasedNames;
import lt.tinklas.shared.sql.InList;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.LithuanianOrder;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Choices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people list in SQL: the database searches, counts, sorts by last and first name in
 * Lithuanian order and pages; a page's people come with their affiliations and consents, one query
 * each, never one per person. Every query names the current network.
 */
@Component
class PersonDirectory {

	private final JdbcClient jdbc;
	private final LithuanianOrder lithuanian;
	private final ErasedNames erased;
	private final int listedUpTo;

	PersonDirectory(JdbcClient jdbc, LithuanianOrder lithuanian, ErasedNames erased,
			@Value(Choices.LISTED_UP_TO) int listedUpTo) {
		this.jdbc = jdbc;
		this.lithuanian = lithuanian;
		this.erased = erased;
		this.listedUpTo = listedUpTo;
	}

	/**
	 * The network's people to choose from, named "Last First": all of them in Lithuanian order
	 * while they are few (one query reads at most one more than that), otherwise searched at the address.
	 */
	Choices choices(String searchUrl) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("select p.id, p.last_name || ' ' || p.first_name from person p where p.network_id = :network"
				+ " and p.erased_at is null order by " + lithuanian.of("p.last_name") + ", " + lithuanian.of("p.first_name")
				+ ", p.id limit :limit")
			.param("network", Tenancy.require())
			.param("limit", listedUpTo + 1)
			.query(rs -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		return Choices.of(names, listedUpTo, this::listNames, searchUrl);
	}

	/** Up to {@link Choices#FOUND_AT_MOST} people whose name or e-mail contains the text, as "Last First (e-mail)". */
	List<Choices.Found> found(String text) {
		String searched = SearchText.containing(text);
		if (searched.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select p.id, p.last_name, p.first_name, p.email from person p"
				+ " where p.network_id = :network and p.search_text like :text escape '\\' order by "
				+ lithuanian.of("p.last_name") + ", " + lithuanian.of("p.first_name") + ", p.id limit :limit")
			.param("network", Tenancy.require())
			.param("text", searched)
			.param("limit", Choices.FOUND_AT_MOST)
			.query((rs, i) -> new Choices.Found(rs.getLong(1), rs.getString(2) + " " + rs.getString(3)
					+ (rs.getString(4) == null ? "" : " (" + rs.getString(4) + ")")))
			.list();
	}

	/** The names ("Last First") of the people with these ids, in Lithuanian order; those not in the network are left out. */
	Map<Long, String> listNames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (List<Long> batch : InList.batches(ids)) {
			jdbc.sql("select p.id, p.last_name || ' ' || p.first_name from person p where p.network_id = :network"
					+ " and p.id in (:ids) order by " + lithuanian.of("p.last_name") + ", " + lithuanian.of("p.first_name")
					+ ", p.id")
				.param("network", Tenancy.require())
				.param("ids", batch)
				.query(rs -> {
					names.put(rs.getLong(1), erased.name(rs.getString(2)));
				});
		}
		return names;
	}

	/**
	 * People whose name or e-mail contains the text (stored and searched without case and
	 * diacritics), with an organization only those working there on the day: all of them.
	 */
	List<PersonView> all(String text, Long organizationId, LocalDate day) {
		Where where = where(text, organizationId, day);
		return withCollections(rows(where, nameOrder(false), ""));
	}

	/** One page of those {@link #all} finds, and how many it finds in all (counted first; past the end, no rows read). */
	PersonPage page(String text, Long organizationId, LocalDate day, int page, int size, String sort,
			boolean descending) {
		Where where = where(text, organizationId, day);
		long total = jdbc.sql("select count(*) from person p where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		long offset = (long) page * size;
		if (offset >= total) {
			return new PersonPage(List.of(), total, page, size);
		}
		where.params().put("limit", size);
		where.params().put("offset", offset);
		return new PersonPage(withCollections(rows(where, "email".equals(sort) ? "p.email" + (descending ? " desc" : "") + " nulls last, "
				+ nameOrder(false) : nameOrder(descending), " limit :limit offset :offset")), total, page, size);
	}

	/** By last name, then first name, in Lithuanian order (reversed when asked), then by id. */
	private String nameOrder(boolean descending) {
		String dir = descending ? " desc" : "";
		return lithuanian.of("p.last_name") + dir + ", " + lithuanian.of("p.first_name") + dir + ", p.id" + dir;
	}

	private List<PersonView> rows(Where where, String order, String paging) {
		return jdbc.sql("select p.id, p.version, p.first_name, p.last_name, p.email, p.phone, p.language,"
				+ " p.erased_at is not null as erased from person p where " + where.sql() + " order by " + order + paging)
			.params(where.params())
			.query((rs, i) -> new PersonView(rs.getLong("id"), rs.getLong("version"), rs.getString("first_name"),
					rs.getString("last_name"), rs.getString("email"), rs.getString("phone"), rs.getString("language"),
					List.of(), List.of(), rs.getBoolean("erased")))
			.list();
	}

	/** The search as a condition on {@code person p}, with its parameters; the network first. */
	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(String text, Long organizationId, LocalDate day) {
		StringBuilder sql = new StringBuilder("p.network_id = :network");
		Map<String, Object> params = new HashMap<>();
		params.put("network", Tenancy.require());
		String searched = SearchText.containing(text);
		if (!searched.isEmpty()) {
			sql.append(" and p.search_text like :text escape '\\'");
			params.put("text", searched);
		}
		if (organizationId != null) {
			sql.append(" and ").append("""
					exists (select 1 from person_affiliation a where a.person_id = p.id
					  and a.organization_id = :organization
					  and (a.valid_from is null or a.valid_from <= :day) and (a.valid_until is null or a.valid_until >= :day))""");
			params.put("organization", organizationId);
			params.put("day", day);
		}
		return new Where(sql.toString(), params);
	}

	/** The full names of the people with these ids; those not in the network are left out. */
	Map<Long, String> fullNames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (List<Long> batch : InList.batches(ids)) {
			jdbc.sql("select p.id, p.first_name, p.last_name from person p where p.network_id = :network and p.id in (:ids)")
				.param("network", Tenancy.require())
				.param("ids", batch)
				.query(rs -> {
					names.put(rs.getLong(1), erased.name(rs.getString(2) + " " + rs.getString(3)));
				});
		}
		return names;
	}

	private List<PersonView> withCollections(List<PersonView> people) {
		if (people.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PersonData.AffiliationData>> affiliations = new HashMap<>();
		Map<Long, List<PersonData.ConsentData>> consents = new HashMap<>();
		for (List<Long> batch : InList.batches(people.stream().map(PersonView::id).toList())) {
			jdbc.sql("""
					select a.person_id, a.organization_id, a.job_position, a.valid_from, a.valid_until
					from person_affiliation a join person p on p.id = a.person_id
					where p.network_id = :network and a.person_id in (:ids)""")
				.param("network", Tenancy.require())
				.param("ids", batch)
				.query(rs -> {
					affiliations.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new PersonData.AffiliationData(rs.getLong(2), rs.getString(3),
								rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
				});
			jdbc.sql("""
					select c.person_id, c.purpose, c.given_on, c.withdrawn_on, c.kind_id, c.source, c.text,
					       c.withdrawn_source
					from person_consent c join person p on p.id = c.person_id
					where p.network_id = :network and c.person_id in (:ids)""")
				.param("network", Tenancy.require())
				.param("ids", batch)
				.query(rs -> {
					consents.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new PersonData.ConsentData(rs.getString(2), rs.getObject(3, LocalDate.class),
								rs.getObject(4, LocalDate.class), rs.getLong(5),
								PersonData.ConsentSource.valueOf(rs.getString(6)), rs.getString(7),
								rs.getString(8) == null ? null : PersonData.ConsentSource.valueOf(rs.getString(8))));
				});
		}
		return people.stream()
			.map(p -> new PersonView(p.id(), p.version(), p.firstName(), p.lastName(), p.email(), p.phone(),
					p.language(), People.sortedAffiliations(affiliations.getOrDefault(p.id(), List.of())),
					People.sortedConsents(consents.getOrDefault(p.id(), List.of())), p.erased()))
			.toList();
	}

}
