package lt.tinklas.growth.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.growth.domain.InvitationLetterRecords;
import lt.tinklas.growth.domain.ProspectRecords;
import lt.tinklas.organizations.MembershipStanding;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Municipality;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.LithuanianOrder;
import lt.tinklas.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the network's members are missing: for each municipality its members (by seat and by where
 * they work) beside the NGOs there that would be eligible by the register extract (NGO status held
 * for more than a year), and those organizations one by one with where the network stands with
 * them. A name that contains one of the network's keywords is marked as a name match, nothing more.
 */
@Service
public class WhiteSpots {

	/** The most organizations one list shows; the filter narrows the rest. */
	public static final int LISTED_AT_MOST = 500;

	private final JdbcClient jdbc;
	private final MembershipStanding standing;
	private final Municipalities municipalities;
	private final GrowthSettingsService settings;
	private final ProspectRecords prospects;
	private final InvitationLetterRecords letters;
	private final LithuanianOrder lithuanian;

	WhiteSpots(JdbcClient jdbc, MembershipStanding standing, Municipalities municipalities,
			GrowthSettingsService settings, ProspectRecords prospects, InvitationLetterRecords letters,
			LithuanianOrder lithuanian) {
		this.jdbc = jdbc;
		this.standing = standing;
		this.municipalities = municipalities;
		this.settings = settings;
		this.prospects = prospects;
		this.letters = letters;
		this.lithuanian = lithuanian;
	}

	/**
	 * What narrows the register's organizations: a county, a municipality (ISO codes), a legal form
	 * (the register's form code), registered more than {@code years} years ago, only name matches.
	 */
	public record WhiteSpotFilter(String county, String municipality, String form, Integer years, boolean matchesOnly) {

		public static WhiteSpotFilter none() {
			return new WhiteSpotFilter(null, null, null, null, false);
		}
	}

	/** One municipality: its members by seat and by work, and the eligible organizations not in the network. */
	public record MunicipalityRow(String code, String name, String countyIso, String countyName, long membersBySeat,
			long membersByWork, long eligible, long nameMatches, boolean whiteSpot) {

		/** whiteSpot: no member sits or works there. */
		MunicipalityRow(String code, String name, String countyIso, String countyName, long membersBySeat,
				long membersByWork, long eligible, long nameMatches) {
			this(code, name, countyIso, countyName, membersBySeat, membersByWork, eligible, nameMatches,
					membersBySeat == 0 && membersByWork == 0);
		}
	}

	/** An organization of the extract as the list shows it. */
	public record Eligible(String legalCode, String name, String formCode, String formName, LocalDate registeredOn,
			LocalDate ngoSince, String address, String municipality, boolean nameMatch, Standing standing,
			boolean prospect, boolean invited) {
	}

	public record LegalFormChoice(String code, String name) {
	}

	@Transactional(readOnly = true)
	public List<MunicipalityRow> municipalities(WhiteSpotFilter filter) {
		LocalDate today = today();
		MembershipStanding.MembersIn members = standing.membersIn(today);
		Where where = where(filter, inNetwork(today));
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql("select r.municipality, count(*), sum(" + where.match() + ") from register_entity r where " + where.sql()
				+ " and r.legal_code not in (:inNetwork) group by r.municipality")
			.params(where.params())
			.query(rs -> {
				counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		List<MunicipalityRow> rows = new ArrayList<>();
		for (Municipality m : municipalities.all()) {
			if (!blank(filter.county()) && !filter.county().equals(m.countyIso())) {
				continue;
			}
			if (!blank(filter.municipality()) && !filter.municipality().equals(m.isoCode())) {
				continue;
			}
			long[] count = counts.getOrDefault(m.isoCode(), new long[2]);
			rows.add(new MunicipalityRow(m.isoCode(), m.name(), m.countyIso(), m.countyName(),
					members.bySeat().getOrDefault(m.isoCode(), 0L), members.byWork().getOrDefault(m.isoCode(), 0L),
					count[0], count[1]));
		}
		return rows;
	}

	/**
	 * The extract's organizations the filter leaves (members too, marked), at most
	 * {@link #LISTED_AT_MOST}, name matches first, then in Lithuanian order.
	 */
	@Transactional(readOnly = true)
	public List<Eligible> organizations(WhiteSpotFilter filter) {
		LocalDate today = today();
		Map<String, MembershipStanding.Known> known = standing.byLegalCode(today);
		Where where = where(filter, Set.of());
		Set<Long> invitedProspects = new HashSet<>();
		letters.findAll().forEach(l -> {
			if (l.getProspectId() != null) {
				invitedProspects.add(l.getProspectId());
			}
		});
		Set<String> prospectCodes = new HashSet<>();
		Set<String> invitedCodes = new HashSet<>();
		prospects.findAll().forEach(p -> {
			prospectCodes.add(p.getLegalCode());
			if (invitedProspects.contains(p.getId())) {
				invitedCodes.add(p.getLegalCode());
			}
		});
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", LISTED_AT_MOST);
		return jdbc.sql("select r.legal_code, r.name, r.form_code, r.form_name, r.registered_on, r.ngo_since, r.address,"
				+ " r.municipality, " + where.match() + " as matched from register_entity r where " + where.sql()
				+ " order by matched desc, " + lithuanian.of("r.name") + ", r.legal_code limit :limit")
			.params(params)
			.query((rs, i) -> new Eligible(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
					rs.getString(7), rs.getString(8), rs.getInt(9) == 1, Standing.of(known.get(rs.getString(1))),
					prospectCodes.contains(rs.getString(1)), invitedCodes.contains(rs.getString(1))))
			.list();
	}

	/** How many organizations the filter leaves in all (the list shows at most {@link #LISTED_AT_MOST}). */
	@Transactional(readOnly = true)
	public long count(WhiteSpotFilter filter) {
		Where where = where(filter, Set.of());
		return jdbc.sql("select count(*) from register_entity r where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** The legal forms the extract holds, by name. */
	@Transactional(readOnly = true)
	public List<LegalFormChoice> legalForms() {
		return jdbc.sql("select distinct r.form_code, r.form_name from register_entity r"
				+ " where r.network_id = :network and r.form_code is not null order by r.form_name")
			.param("network", Tenancy.require())
			.query((rs, i) -> new LegalFormChoice(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2)))
			.list();
	}

	private Set<String> inNetwork(LocalDate day) {
		Set<String> codes = new HashSet<>();
		standing.byLegalCode(day).values().forEach(k -> {
			if (Standing.of(k).inNetwork()) {
				codes.add(k.legalCode());
			}
		});
		// an empty list cannot be bound to “not in”; no legal code is this
		codes.add("-");
		return codes;
	}

	private record Where(String sql, Map<String, Object> params, String match) {
	}

	private Where where(WhiteSpotFilter filter, Set<String> inNetwork) {
		LocalDate today = today();
		StringBuilder sql = new StringBuilder("r.network_id = :network and r.ngo_since <= :eligibleSince");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("network", Tenancy.require());
		params.put("eligibleSince", today.minusYears(1));
		params.put("inNetwork", inNetwork.isEmpty() ? Set.of("-") : inNetwork);
		if (!blank(filter.municipality())) {
			sql.append(" and r.municipality = :municipality");
			params.put("municipality", filter.municipality());
		}
		else if (!blank(filter.county())) {
			List<String> codes = new ArrayList<>(municipalities.codesIn(filter.county()));
			codes.add("-");
			sql.append(" and r.municipality in (:county)");
			params.put("county", codes);
		}
		if (!blank(filter.form())) {
			sql.append(" and r.form_code = :form");
			params.put("form", filter.form());
		}
		if (filter.years() != null && filter.years() > 0) {
			sql.append(" and r.registered_on <= :registeredBy");
			params.put("registeredBy", today.minusYears(filter.years()));
		}
		List<String> keywords = settings.keywords();
		StringBuilder match = new StringBuilder();
		for (int i = 0; i < keywords.size(); i++) {
			match.append(i == 0 ? "" : " or ").append("lower(r.name) like :keyword").append(i).append(" escape '\\'");
			params.put("keyword" + i, "%" + keywords.get(i)
				.toLowerCase(Locale.forLanguageTag("lt"))
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
		String matched = keywords.isEmpty() ? "0" : "case when " + match + " then 1 else 0 end";
		if (filter.matchesOnly() && !keywords.isEmpty()) {
			sql.append(" and (").append(match).append(")");
		}
		return new Where(sql.toString(), params, matched);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.VILNIUS);
	}
}
