package lt.tinklas.organizations;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lt.tinklas.shared.text.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The reference list of municipalities and counties (the same for every network). */
@Service
public class Municipalities {

	private final JdbcClient jdbc;
	private volatile List<Municipality> all;
	/** The counties in Lithuanian order, sorted once. */
	private volatile Map<String, String> counties;
	private volatile Map<String, String> codesByWriting;
	private volatile Map<String, List<Municipality>> byCounty;

	Municipalities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Read once, on first use (after the migrations have run). */
	public List<Municipality> all() {
		if (all == null) {
			all = load();
		}
		return all;
	}

	private List<Municipality> load() {
		var collator = SearchText.collator();
		return jdbc.sql("""
				select m.iso_code, m.code, m.name, m.short_name, m.county_iso, c.name
				from municipality m join county c on c.iso_code = m.county_iso""")
			.query((rs, i) -> new Municipality(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list()
			.stream()
			.sorted((a, b) -> collator.compare(a.name(), b.name()))
			.toList();
	}

	public Optional<Municipality> byIso(String isoCode) {
		return all().stream().filter(m -> m.isoCode().equals(isoCode)).findFirst();
	}

	/**
	 * The code of the municipality a person wrote, by its name ("Kauno miesto", letters' accents and
	 * case aside) or its ISO code; what was written when it names none, to be refused as unknown.
	 */
	public String codeOf(String written) {
		if (written == null || written.isBlank()) {
			return written;
		}
		String code = codesByWriting().get(SearchText.normalize(written.strip()));
		return code == null ? written.strip() : code;
	}

	/**
	 * Each municipality's code under every way it is written, normalized as searched: its code, its
	 * name with and without "savivaldybė", its short name; the first in the list where two share one.
	 * Built once, so an import of thousands of rows does not normalize the whole list for each.
	 */
	private Map<String, String> codesByWriting() {
		if (codesByWriting == null) {
			Map<String, String> codes = new HashMap<>();
			for (Municipality m : all()) {
				for (String way : List.of(m.isoCode(), m.name(), m.name().replaceFirst(" savivaldybė$", ""),
						m.shortName())) {
					codes.putIfAbsent(SearchText.normalize(way), m.isoCode());
				}
			}
			codesByWriting = codes;
		}
		return codesByWriting;
	}

	/**
	 * The municipality's name for a reader ("Kauno miesto savivaldybė"), in templates as
	 * {@code ${@municipalities.name(code)}}; "—" for none.
	 */
	public String name(String isoCode) {
		return isoCode == null || isoCode.isBlank() ? "—" : byIso(isoCode).map(Municipality::name).orElse("—");
	}

	/** The ISO codes of the county's municipalities; none for a code that names no county. */
	public List<String> codesIn(String countyIso) {
		return all().stream().filter(m -> m.countyIso().equals(countyIso)).map(Municipality::isoCode).toList();
	}

	/** County ISO code to its name, in Lithuanian order. */
	public Map<String, String> counties() {
		if (counties == null) {
			var collator = SearchText.collator();
			Map<String, String> sorted = new LinkedHashMap<>();
			all().stream()
				.sorted((a, b) -> collator.compare(a.countyName(), b.countyName()))
				.forEach(m -> sorted.putIfAbsent(m.countyIso(), m.countyName()));
			counties = Collections.unmodifiableMap(sorted);
		}
		return counties;
	}

	/**
	 * The municipalities by the name of their county, both in Lithuanian order: a picker's groups,
	 * in templates as {@code ${@municipalities.byCounty()}}.
	 */
	public Map<String, List<Municipality>> byCounty() {
		if (byCounty == null) {
			Map<String, List<Municipality>> grouped = new LinkedHashMap<>();
			counties().forEach((iso, name) -> grouped.put(name,
					all().stream().filter(m -> m.countyIso().equals(iso)).toList()));
			byCounty = Collections.unmodifiableMap(grouped);
		}
		return byCounty;
	}
}
