package lt.tinklas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A value the API cannot read as its field's type (a choice not in the list, text where a number
 * goes, a date in another form) answers 400 with the field by its full path and what it should be,
 * in the caller's language, and saves nothing.
 */
@TinklasTest
class ApiProblemsTests {

	static final String ORGANIZATIONS = "/api/v1/networks/nsmot/organizations";
	static final String EVENTS = "/api/v1/networks/nsmot/events";
	static final String PEOPLE = "/api/v1/networks/nsmot/people";

	static final Map<String, String> ONE_OF = Map.of("lt", "Tokios reikšmės nėra tarp galimų: ", "en",
			"Not one of the allowed values: ");
	static final String LEGAL_FORM_VALUES = "ASSOCIATION, PUBLIC_INSTITUTION, CHARITY_FOUNDATION, RELIGIOUS_COMMUNITY, OTHER.";
	static final String TARGET_GROUP_VALUES = "SENIORS, FAMILIES_AND_CHILDREN, CHILDREN_AT_RISK, PEOPLE_WITH_DISABILITIES, "
			+ "UNEMPLOYED, VIOLENCE_VICTIMS, TRAFFICKING_VICTIMS, MIGRANTS, HOMELESS, MENTAL_HEALTH, ADDICTIONS, "
			+ "FORMER_PRISONERS, YOUTH, OTHER.";
	static final String EVENT_TYPE_VALUES = "TRAINING, NETWORKING_MEETING, FORUM, GENERAL_ASSEMBLY, WORKING_GROUP_MEETING, "
			+ "PRESS_CONFERENCE, AWARD_CEREMONY, INVOLVEMENT_MEETING, INTERINSTITUTIONAL_DISCUSSION, SUPERVISION, OTHER.";
	static final Map<String, String> WHOLE_NUMBER = Map.of("lt",
			"Tai ne sveikasis skaičius: rašykite tik skaitmenis, pvz., 12.", "en",
			"Not a whole number: write digits only, e.g. 12.");
	static final Map<String, String> DATE = Map.of("lt", "Tai ne data: rašykite MMMM-MM-DD, pvz., 2026-01-22.", "en",
			"Not a date: write it as YYYY-MM-DD, e.g. 2026-01-22.");
	static final Map<String, String> DATE_TIME = Map.of("lt",
			"Tai ne data ir laikas: rašykite MMMM-MM-DDTvv:mm:ss su poslinkiu nuo UTC, pvz., 2026-01-22T10:00:00+02:00.",
			"en",
			"Not a date and time: write it as YYYY-MM-DDThh:mm:ss with the offset from UTC, e.g. 2026-01-22T10:00:00+02:00.");
	static final Map<String, String> INVALID = Map.of("lt", "Užklausoje yra klaidų.", "en", "The request has errors.");

	@LocalServerPort
	int port;

	ApiClient staff(String language) {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD).inLanguage(language);
	}

	/** An organization the API would add, but for the one field given as raw JSON. */
	static String organization(String legalCode, String field, String json) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("legalCode", "\"" + legalCode + "\"");
		fields.put("name", "\"Asociacija „Bandymas " + legalCode + "“\"");
		fields.put("legalForm", "\"ASSOCIATION\"");
		fields.put("foundedOn", "\"2010-05-01\"");
		fields.put("staffCount", "3");
		fields.put("targetGroups", "[\"SENIORS\"]");
		fields.put(field, json);
		return object(fields);
	}

	/** An event the API would create, but for the one field given as raw JSON. */
	static String event(String title, String field, String json) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("type", "\"TRAINING\"");
		fields.put("title", "\"" + title + "\"");
		fields.put("startsAt", "\"2033-11-05T10:00:00+02:00\"");
		fields.put("endsAt", "\"2033-11-05T12:00:00+02:00\"");
		fields.put("capacity", "20");
		fields.put(field, json);
		return object(fields);
	}

	/** A person the API would add, with one place of work whose one field is given as raw JSON. */
	static String person(String email, String field, String json) {
		Map<String, String> affiliation = new LinkedHashMap<>();
		affiliation.put("organizationId", "7");
		affiliation.put("position", "\"koordinatorė\"");
		affiliation.put("from", "\"2024-02-01\"");
		affiliation.put(field, json);
		return """
				{"firstName":"Rūta","lastName":"Bandomoji","email":"%s","affiliations":[%s]}"""
			.formatted(email, object(affiliation));
	}

	static String object(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
			.collect(Collectors.joining(",", "{", "}"));
	}

	/** The answer is a 400 problem detail whose only error is {@code field} with {@code message}. */
	static void refused(ApiClient.Response answer, String language, String field, String message) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.<String>json("$.detail")).isEqualTo(INVALID.get(language));
		assertThat(answer.<List<Map<String, String>>>json("$.errors"))
			.containsExactly(Map.of("field", field, "message", message));
	}

	int organizationsWithCode(String legalCode) {
		return staff("lt").get(ORGANIZATIONS + "?q=" + legalCode).json("$.total");
	}

	List<String> eventTitlesInNovember2033() {
		return staff("lt").get(EVENTS + "?from=2033-11-01&to=2033-11-30").json("$[*].title");
	}

	List<Object> peopleWithEmail(String email) {
		return staff("lt").get(PEOPLE + "?q=" + email).json("$[*]");
	}

	@Test
	void aChoiceNotInTheListIsRefusedWithTheAllowedValuesAsTheApiWritesThem() {
		for (String language : List.of("lt", "en")) {
			ApiClient staff = staff(language);
			refused(staff.post(ORGANIZATIONS, organization("197713010", "legalForm", "\"ASOCIACIJA\"")), language,
					"legalForm", ONE_OF.get(language) + LEGAL_FORM_VALUES);
			refused(staff.post(ORGANIZATIONS, organization("197713010", "targetGroups", "[\"SENIORS\",\"PENSININKAI\"]")),
					language, "targetGroups[1]", ONE_OF.get(language) + TARGET_GROUP_VALUES);
			refused(staff.post(EVENTS, event("Neįskaitomas tipas", "type", "\"MOKYMAI\"")), language, "type",
					ONE_OF.get(language) + EVENT_TYPE_VALUES);
			// a number is not a choice's position in the list
			refused(staff.post(ORGANIZATIONS, organization("197713010", "legalForm", "1")), language, "legalForm",
					ONE_OF.get(language) + LEGAL_FORM_VALUES);
		}

		assertThat(organizationsWithCode("197713010")).isZero();
		assertThat(eventTitlesInNovember2033()).doesNotContain("Neįskaitomas tipas");
	}

	@Test
	void textWhereANumberGoesIsRefusedNamingTheFieldByItsFullPath() {
		for (String language : List.of("lt", "en")) {
			ApiClient staff = staff(language);
			refused(staff.post(ORGANIZATIONS, organization("197713028", "staffCount", "\"daug\"")), language,
					"staffCount", WHOLE_NUMBER.get(language));
			refused(staff.post(EVENTS, event("Neįskaitoma vietų skaičius", "capacity", "\"dvidešimt\"")), language,
					"capacity", WHOLE_NUMBER.get(language));
			refused(staff.post(PEOPLE, person("ruta.skaicius@bandymas.lt", "organizationId", "\"septinta\"")), language,
					"affiliations[0].organizationId", WHOLE_NUMBER.get(language));
		}

		assertThat(organizationsWithCode("197713028")).isZero();
		assertThat(eventTitlesInNovember2033()).doesNotContain("Neįskaitoma vietų skaičius");
		assertThat(peopleWithEmail("ruta.skaicius@bandymas.lt")).isEmpty();
	}

	@Test
	void aDateInAnotherFormIsRefusedSayingTheExpectedForm() {
		for (String language : List.of("lt", "en")) {
			ApiClient staff = staff(language);
			refused(staff.post(ORGANIZATIONS, organization("197713035", "foundedOn", "\"2010.05.01\"")), language,
					"foundedOn", DATE.get(language));
			refused(staff.post(PEOPLE, person("ruta.data@bandymas.lt", "from", "\"01/02/2024\"")), language,
					"affiliations[0].from", DATE.get(language));
			refused(staff.post(EVENTS, event("Neįskaitoma pradžia", "startsAt", "\"2033-11-05 10:00\"")), language,
					"startsAt", DATE_TIME.get(language));
		}

		assertThat(organizationsWithCode("197713035")).isZero();
		assertThat(peopleWithEmail("ruta.data@bandymas.lt")).isEmpty();
		assertThat(eventTitlesInNovember2033()).doesNotContain("Neįskaitoma pradžia");
	}

	@Test
	void anEmptyElementOfAListAYesNoWrittenOtherwiseAndADateTimeAsANumberAreRefusedByTheirField() {
		Map<String, String> emptyInList = Map.of("lt", "Sąraše negali būti tuščio elemento.", "en",
				"A list may not hold an empty element.");
		Map<String, String> yesNo = Map.of("lt", "Rašykite true arba false.", "en", "Write true or false.");
		String legalCode = LegalCode.complete("19771304").orElseGet(() -> LegalCode.complete("19771305").orElseThrow());
		for (String language : List.of("lt", "en")) {
			ApiClient staff = staff(language);
			refused(staff.post(ORGANIZATIONS, organization(legalCode, "targetGroups", "[null]")), language,
					"targetGroups[0]", emptyInList.get(language));
			refused(staff.post(ORGANIZATIONS, organization(legalCode, "municipalities", "[\"LT-13\",null]")), language,
					"municipalities[1]", emptyInList.get(language));
			// -1 and "" are no yes or no: Jackson alone would read them as true and as no
			refused(staff.post(EVENTS, event("Neįskaitomas viešumas", "public", "-1")), language, "public",
					yesNo.get(language));
			refused(staff.post(EVENTS, event("Neįskaitomas viešumas", "public", "\"\"")), language, "public",
					yesNo.get(language));
			// a number is not seconds since 1970 here
			refused(staff.post(EVENTS, event("Neįskaitomas viešumas", "startsAt", "0")), language, "startsAt",
					DATE_TIME.get(language));
		}

		assertThat(organizationsWithCode(legalCode)).isZero();
		assertThat(eventTitlesInNovember2033()).doesNotContain("Neįskaitomas viešumas");
	}

	@Test
	void aChangeWithAValueOfTheWrongTypeChangesNothing() {
		ApiClient staff = staff("en");
		String organization = ORGANIZATIONS + "/" + staff.get(ORGANIZATIONS + "?q=301&size=1").<Integer>json("$.items[0].id");
		ApiClient.Response before = staff.get(organization);
		String body = organization(before.json("$.legalCode"), "legalForm", "\"FONDAS\"")
			.replace("}", ",\"version\":" + before.<Integer>json("$.version") + "}");

		refused(staff.put(organization, body), "en", "legalForm", ONE_OF.get("en") + LEGAL_FORM_VALUES);

		assertThat(staff.get(organization).body()).isEqualTo(before.body());
	}

	@Test
	void aParameterOfTheWrongTypeIsRefusedByItsName() {
		for (String language : List.of("lt", "en")) {
			ApiClient staff = staff(language);
			refused(staff.get(ORGANIZATIONS + "?status=AKTYVI"), language, "status",
					ONE_OF.get(language) + "NOT_MEMBER, MEMBER, SUSPENDED, LEFT.");
			refused(staff.get(ORGANIZATIONS + "?asOf=2026.01.22"), language, "asOf", DATE.get(language));
			refused(staff.get(ORGANIZATIONS + "?page=pirmas"), language, "page", WHOLE_NUMBER.get(language));
			refused(staff.get(EVENTS + "?from=22.01.2026"), language, "from", DATE.get(language));
			refused(staff.get(ORGANIZATIONS + "/septinta"), language, "id", WHOLE_NUMBER.get(language));
			refused(staff.get("/api/v1/networks/nsmot/metrics/events.held?to=2026-12-31"), language, "from",
					language.equals("lt") ? "Šis laukas privalomas." : "This field is required.");
		}
	}

	@Test
	void bodyThatIsNotJsonStillSaysSoWithoutAField() {
		ApiClient.Response broken = staff("en").post(ORGANIZATIONS, "{\"legalCode\": ");

		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.<String>json("$.detail"))
			.isEqualTo("The request body could not be read: check the JSON syntax and the field types.");
		assertThat(broken.body()).doesNotContain("errors");
	}
}
