package lt.tinklas.organizations;

/** One of Lithuania's 60 municipalities, in its county, identified by its ISO 3166-2 code. */
public record Municipality(String isoCode, String code, String name, String shortName, String countyIso,
		String countyName) {
}
