package lt.tinklas.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.shared.sql.InList;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.LithuanianOrder;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Choices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organizations list in SQL: the database filters, counts (all and by county), sorts in
 * Lithuanian order and pages; then a page's organizations come with their municipalities, target
 * groups and membership steps, one query each, never one per organization. Every query names the
 * current network. The membership on a day is the last step recorded on or before it, as
 * {@link Organizations#statusOn} reads it.
 */
@Component
class OrganizationDirectory {

	private static final String COLUMNS = """
			o.id, o.version, o.legal_code, o.name, o.short_name, o.legal_form, o.founded_on, o.ngo_since, o.ngo_until,
			o.ngo_checked, o.seat_municipality, o.services, o.website, o.email, o.phone, o.address, o.staff_count,
			o.volunteer_count""";

	private final JdbcClient jdbc;
	private final LithuanianOrder lithuanian;
	private final Municipalities municipalities;
	private final int listedUpTo;

	OrganizationDirectory(JdbcClient jdbc, LithuanianOrder lithuanian, Municipalities municipalities,
			@Value(Choices.LISTED_UP_TO) int listedUpTo) {
		this.jdbc = jdbc;
		this.lithuanian = lithuanian;
		this.municipalities = municipalities;
		this.listedUpTo = listedUpTo;
	}

	/**
	 * The network's organizations to choose from: all of them in Lithuanian order while they are
	 * few (one query reads at most one more than that), otherwise searched at the address.
	 */
	Choices choices(String searchUrl) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("select o.id, o.name from organization o where o.network_id = :network order by "
				+ lithuanian.of("o.name") + ", o.id limit :limit")
			.param("network", Tenancy.require())
			.param("limit", listedUpTo + 1)
			.query(rs -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		return Choices.of(names, listedUpTo, this::names, searchUrl);
	}

	/** Up to {@link Choices#FOUND_AT_MOST} organizations whose name, short name or legal code contains the text. */
	List<Choices.Found> found(String text) {
		String searched = SearchText.containing(text);
		if (searched.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select o.id, o.name from organization o where o.network_id = :network"
				+ " and o.search_text like :text escape '\\' order by " + lithuanian.of("o.name") + ", o.id limit :limit")
			.param("network", Tenancy.require())
			.param("text", searched)
			.param("limit", Choices.FOUND_AT_MOST)
			.query((rs, i) -> new Choices.Found(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** How many organizations the filter leaves, and how many of them sit or work in each county. */
	record Counts(long total, Map<String, Long> byCounty) {
	}

	/** A member on a day, with the day of the acceptance behind its membership. */
	record Member(long id, String name, LocalDate since) {
	}

	Counts count(OrganizationFilter filter, LocalDate asOf) {
		Where where = where(filter, asOf);
		Map<String, Long> byCounty = new HashMap<>();
		long[] total = { 0 };
		jdbc.sql("""
				with chosen as (select o.id, o.seat_municipality from organization o where %s)
				select cast(null as varchar(6)) as county, count(*) as organizations from chosen
				union all
				select pairs.county_iso, count(*) from (
				  select c.id, m.county_iso from chosen c join municipality m on m.iso_code = c.seat_municipality
				  union
				  select c.id, m.county_iso from chosen c
				  join organization_municipality w on w.organization_id = c.id
				  join municipality m on m.iso_code = w.municipality) pairs
				group by pairs.county_iso""".formatted(where.sql()))
			.params(where.params())
			.query(rs -> {
				if (rs.getString(1) == null) {
					total[0] = rs.getLong(2);
				}
				else {
					byCounty.put(rs.getString(1), rs.getLong(2));
				}
			});
		return new Counts(total[0], byCounty);
	}

	/** Only how many organizations the filter leaves. */
	long total(OrganizationFilter filter, LocalDate asOf) {
		Where where = where(filter, asOf);
		return jdbc.sql("select count(*) from organization o where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** The filtered organizations from {@code offset}, at most {@code limit}, in Lithuanian order. */
	List<OrganizationView> page(OrganizationFilter filter, LocalDate asOf, long offset, int limit) {
		Where where = where(filter, asOf);
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("offset", offset);
		params.put("limit", limit);
		List<Row> rows = jdbc.sql("select " + COLUMNS + " from organization o where " + where.sql() + " order by "
				+ order(filter) + " limit :limit offset :offset")
			.params(params)
			.query((rs, i) -> row(rs))
			.list();
		return views(rows, asOf);
	}

	/**
	 * The list's order: by name in Lithuanian order, by legal code, or by the name of the seat's
	 * municipality (those without one last), then by name; reversed when asked. Only the filter's
	 * known keys reach here, each a fixed piece of SQL.
	 */
	private String order(OrganizationFilter filter) {
		String dir = filter.descending() ? " desc" : "";
		String name = lithuanian.of("o.name");
		return switch (filter.sort()) {
			case "code" -> "o.legal_code" + dir + " nulls last, " + name + ", o.id";
			case "seat" -> lithuanian.of("(select m.name from municipality m where m.iso_code = o.seat_municipality)")
					+ dir + " nulls last, " + name + ", o.id";
			default -> name + dir + ", o.id" + dir;
		};
	}

	/** The names of the organizations by id in Lithuanian order: all of them, or those of the ids given. */
	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids != null && ids.isEmpty()) {
			return names;
		}
		String order = " order by " + lithuanian.of("o.name") + ", o.id";
		if (ids == null) {
			jdbc.sql("select o.id, o.name from organization o where o.network_id = :network" + order)
				.param("network", Tenancy.require())
				.query(rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
			return names;
		}
		for (List<Long> batch : InList.batches(ids)) {
			jdbc.sql("select o.id, o.name from organization o where o.network_id = :network and o.id in (:ids)" + order)
				.param("network", Tenancy.require())
				.param("ids", batch)
				.query(rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		}
		return names;
	}

	/** The members on the day in Lithuanian order, each with the day it became one: two queries. */
	List<Member> members(LocalDate day) {
		Where where = where(new OrganizationFilter(null, null, null, null, MembershipStatus.MEMBER, day), day);
		List<Member> named = jdbc.sql("select o.id, o.name from organization o where " + where.sql() + " order by "
				+ lithuanian.of("o.name") + ", o.id")
			.params(where.params())
			.query((rs, i) -> new Member(rs.getLong(1), rs.getString(2), null))
			.list();
		Map<Long, List<MembershipStep>> steps = new HashMap<>();
		readSteps("r.happened_on <= :day", Map.of("day", day), steps);
		return named.stream()
			.map(m -> new Member(m.id(), m.name(), Organizations.memberSince(steps.getOrDefault(m.id(), List.of()), day)))
			.toList();
	}

	/** How many members on the day have their seat in each municipality (by its ISO code). */
	Map<String, Long> membersBySeat(LocalDate day) {
		Where where = where(new OrganizationFilter(null, null, null, null, MembershipStatus.MEMBER, day), day);
		Map<String, Long> bySeat = new HashMap<>();
		jdbc.sql("select o.seat_municipality, count(*) from organization o where " + where.sql()
				+ " and o.seat_municipality is not null group by o.seat_municipality")
			.params(where.params())
			.query(rs -> {
				bySeat.put(rs.getString(1), rs.getLong(2));
			});
		return bySeat;
	}

	private List<OrganizationView> views(List<Row> rows, LocalDate asOf) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<String>> municipalities = new HashMap<>();
		Map<Long, List<TargetGroup>> groups = new HashMap<>();
		Map<Long, List<MembershipStep>> steps = new HashMap<>();
		for (List<Long> batch : InList.batches(ids)) {
			jdbc.sql("""
					select w.organization_id, w.municipality from organization_municipality w
					join organization o on o.id = w.organization_id
					where o.network_id = :network and w.organization_id in (:ids)
					order by w.organization_id, w.municipality""")
				.param("network", Tenancy.require())
				.param("ids", batch)
				.query(rs -> {
					municipalities.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
				});
			jdbc.sql("""
					select g.organization_id, g.target_group from organization_target_group g
					join organization o on o.id = g.organization_id
					where o.network_id = :network and g.organization_id in (:ids)""")
				.param("network", Tenancy.require())
				.param("ids", batch)
				.query(rs -> {
					groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(TargetGroup.valueOf(rs.getString(2)));
				});
			readSteps("r.organization_id in (:ids)", Map.of("ids", batch), steps);
		}
		return rows.stream().map(row -> {
			List<MembershipStep> history = steps.getOrDefault(row.id(), List.of());
			return new OrganizationView(row.id(), row.version(), row.legalCode(), row.name(), row.shortName(),
					row.legalForm(), row.foundedOn(), row.ngoStatusSince(), row.ngoStatusUntil(), row.ngoStatusChecked(),
					row.seatMunicipality(), List.copyOf(municipalities.getOrDefault(row.id(), List.of())),
					groups.getOrDefault(row.id(), List.of()).stream().sorted(Comparator.naturalOrder()).toList(),
					row.services(), row.website(), row.email(), row.phone(), row.address(), row.staffCount(),
					row.volunteerCount(), Organizations.statusOn(history, asOf), Organizations.memberSince(history, asOf),
					asOf);
		}).toList();
	}

	/**
	 * Adds the network's membership steps that meet the condition to each organization's list, in
	 * their order. Read with plain SQL rather than as entities: a JPA query with a list of ids is
	 * translated afresh each time, which cost a tenth of a list page.
	 */
	private void readSteps(String condition, Map<String, ?> params, Map<Long, List<MembershipStep>> steps) {
		jdbc.sql("select r.organization_id, r.happened_on, r.change_kind from membership_record r"
				+ " where r.network_id = :network and " + condition + " order by r.happened_on, r.id")
			.param("network", Tenancy.require())
			.params(params)
			.query(rs -> {
				steps.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new MembershipStep(rs.getObject(2, LocalDate.class), MembershipChange.valueOf(rs.getString(3))));
			});
	}

	/** The filter as a condition on {@code organization o}, with its parameters; the network first. */
	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(OrganizationFilter filter, LocalDate asOf) {
		List<String> conditions = new ArrayList<>(List.of("o.network_id = :network"));
		Map<String, Object> params = new HashMap<>();
		params.put("network", Tenancy.require());
		String text = SearchText.containing(filter.q());
		if (!text.isEmpty()) {
			conditions.add("o.search_text like :text escape '\\'");
			params.put("text", text);
		}
		if (filter.targetGroup() != null) {
			conditions.add("""
					exists (select 1 from organization_target_group g
					  where g.organization_id = o.id and g.target_group = :targetGroup)""");
			params.put("targetGroup", filter.targetGroup().name());
		}
		if (filter.municipality() != null && !filter.municipality().isBlank()) {
			conditions.add("""
					(o.seat_municipality = :municipality or exists (select 1 from organization_municipality w
					  where w.organization_id = o.id and w.municipality = :municipality))""");
			params.put("municipality", filter.municipality());
		}
		if (filter.county() != null && !filter.county().isBlank()) {
			// the county's municipalities as a list: a join to the reference table would be planned
			// as a lookup of the whole table for each organization
			List<String> inCounty = municipalities.codesIn(filter.county());
			if (inCounty.isEmpty()) {
				conditions.add("1 = 0");
			}
			else {
				conditions.add("""
						(o.seat_municipality in (:inCounty) or exists (select 1 from organization_municipality w
						  where w.organization_id = o.id and w.municipality in (:inCounty)))""");
				params.put("inCounty", inCounty);
			}
		}
		if (filter.status() != null) {
			// each organization's last step on or before the day (no later one), found for the whole network
			// at once (two scans of its steps joined, not a lookup per organization); none for one never a member
			params.put("asOf", asOf);
			List<String> changes = Arrays.stream(MembershipChange.values())
				.filter(change -> MembershipStatus.after(change) == filter.status())
				.map(Enum::name)
				.toList();
			if (changes.isEmpty()) {
				conditions.add("""
						o.id not in (select r.organization_id from membership_record r
						  where r.network_id = :network and r.happened_on <= :asOf)""");
			}
			else {
				conditions.add("""
						o.id in (select r.organization_id from membership_record r
						  where r.network_id = :network and r.happened_on <= :asOf and r.change_kind in (:changes)
						  and not exists (select 1 from membership_record later
						    where later.network_id = r.network_id and later.organization_id = r.organization_id
						    and later.happened_on <= :asOf and (later.happened_on > r.happened_on
						      or later.happened_on = r.happened_on and later.id > r.id)))""");
				params.put("changes", changes);
			}
		}
		return new Where(String.join(" and ", conditions), params);
	}

	private record Row(long id, long version, String legalCode, String name, String shortName, LegalForm legalForm,
			LocalDate foundedOn, LocalDate ngoStatusSince, LocalDate ngoStatusUntil, boolean ngoStatusChecked,
			String seatMunicipality, List<String> services, String website, String email, String phone, String address,
			Integer staffCount, Integer volunteerCount) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		String services = rs.getString("services");
		return new Row(rs.getLong("id"), rs.getLong("version"), rs.getString("legal_code"), rs.getString("name"),
				rs.getString("short_name"), LegalForm.valueOf(rs.getString("legal_form")), date(rs, "founded_on"),
				date(rs, "ngo_since"), date(rs, "ngo_until"), rs.getBoolean("ngo_checked"),
				rs.getString("seat_municipality"), services == null ? List.of() : List.of(services.split("\n")),
				rs.getString("website"), rs.getString("email"), rs.getString("phone"), rs.getString("address"),
				rs.getObject("staff_count", Integer.class), rs.getObject("volunteer_count", Integer.class));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}
