package lt.tinklas.shared.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import lt.tinklas.organizations.LegalCode;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid call of every write operation of the API with a JSON body, keyed by operationId: its
 * path, a body the operation accepts, where the record it made or changed is read back and which
 * staff page shows it. Records an operation needs (an organization, a person, an event ...) are made
 * once in one fresh network; an operation that changes a record's state once (sending a draft,
 * deciding an application, erasing a person) gets a fresh record on every call.
 */
final class WriteOperations {

	/** Who calls an operation: the network's admin, the platform admin, or anyone (a public form). */
	enum Caller {
		ADMIN, PLATFORM, ANYONE
	}

	/**
	 * One call ready to send. {@code read} is the path of the record made or changed, {@code {id}}
	 * standing for the id the answer gives; when it answers a list, the element whose
	 * {@code matchKey} is {@code matchValue} (the made record's id by default) is read.
	 * {@code versionFrom}: the body's {@code version} is set from this record before the call.
	 */
	record Call(Caller caller, String method, String path, ObjectNode body, String read, String matchKey,
			Object matchValue, String page, String versionFrom) {

		Call matching(String key, Object value) {
			return new Call(caller, method, path, body, read, key, value, page, versionFrom);
		}

		Call versioned() {
			return new Call(caller, method, path, body, read, matchKey, matchValue, page, read);
		}
	}

	/**
	 * {@code settle}, when there is one, is done with each record the operation made once it is
	 * checked: what keeps it from standing in the way of the next calls.
	 */
	record Operation(Function<WriteOperations, Call> call, Set<String> notReadBack,
			java.util.function.BiConsumer<WriteOperations, JsonNode> settle) {

		Operation(Function<WriteOperations, Call> call, Set<String> notReadBack) {
			this(call, notReadBack, null);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;
	private final FreshNetwork network;
	private final java.util.function.Supplier<ApiClient> admin;
	private final AtomicInteger sequence = new AtomicInteger(1000);
	private final Map<String, Long> made = new HashMap<>();

	WriteOperations(int port, FreshNetwork network, java.util.function.Supplier<ApiClient> admin) {
		this.port = port;
		this.network = network;
		this.admin = admin;
	}

	String api() {
		return network.api();
	}

	String pages() {
		return network.pages();
	}

	int next() {
		return sequence.incrementAndGet();
	}

	String legalCode() {
		// some first eight digits have no valid check digit: take the next
		while (true) {
			java.util.Optional<String> code = LegalCode.complete(String.valueOf(30_100_000 + next()));
			if (code.isPresent()) {
				return code.get();
			}
		}
	}

	static ObjectNode json(String text) {
		return (ObjectNode) JSON.readTree(text);
	}

	private long create(String path, String body) {
		ApiClient.Response created = admin.get().post(path, body);
		assertThat(created.status()).as(path + " " + body + " -> " + created.body()).isBetween(200, 201);
		return created.<Number>json("$.id").longValue();
	}

	private long once(String key, java.util.function.Supplier<Long> make) {
		Long known = made.get(key);
		if (known == null) {
			known = make.get();
			made.put(key, known);
		}
		return known;
	}

	// the records the operations need, each made once

	long organization() {
		return once("organization", this::freshOrganization);
	}

	long freshOrganization() {
		return create(api() + "/organizations",
				"{\"legalCode\":\"%s\",\"name\":\"Bendrija %d\",\"memberSince\":\"2020-01-01\"}".formatted(legalCode(), next()));
	}

	long freshNonMember() {
		return create(api() + "/organizations", "{\"legalCode\":\"%s\",\"name\":\"Ne narė %d\"}".formatted(legalCode(), next()));
	}

	long person() {
		return once("person", this::freshPerson);
	}

	long freshPerson() {
		int n = next();
		return create(api() + "/people", """
				{"firstName":"Ona","lastName":"Onaitė","email":"ona.%d@priesiskas.lt","language":"lt",
				 "affiliations":[{"organizationId":%d,"position":"Narė","from":"2021-01-01"}]}"""
			.formatted(n, organization()));
	}

	long event() {
		return once("event", () -> create(api() + "/events", """
				{"type":"TRAINING","title":"Mokymai","startsAt":"2025-03-01T10:00:00+02:00",
				 "endsAt":"2025-03-01T14:00:00+02:00","format":"LIVE","hours":4}"""));
	}

	long heldEvent() {
		return once("heldEvent", () -> {
			long event = create(api() + "/events", """
					{"type":"TRAINING","title":"Įvykę mokymai","startsAt":"2025-04-01T10:00:00+02:00",
					 "endsAt":"2025-04-01T14:00:00+02:00","format":"LIVE","hours":4}""");
			JsonNode read = JSON.readTree(admin.get().get(api() + "/events/" + event).body());
			ObjectNode held = (ObjectNode) read;
			held.put("status", "HELD");
			ApiClient.Response changed = admin.get().put(api() + "/events/" + event, held.toString());
			assertThat(changed.status()).as(changed.body()).isEqualTo(200);
			return event;
		});
	}

	long involvementMeeting() {
		return once("involvement", () -> create(api() + "/events", """
				{"type":"INVOLVEMENT_MEETING","title":"Įtraukimo susitikimas","startsAt":"2025-05-01T10:00:00+02:00",
				 "endsAt":"2025-05-01T12:00:00+02:00","format":"LIVE","hours":2}"""));
	}

	long registered() {
		return once("registered", () -> {
			long person = freshPerson();
			ApiClient.Response registered = admin.get().post(api() + "/events/" + event() + "/participants",
					"{\"personId\":%d,\"status\":\"REGISTERED\"}".formatted(person));
			assertThat(registered.status()).as(registered.body()).isBetween(200, 201);
			return person;
		});
	}

	long institution() {
		return once("institution",
				() -> create(api() + "/institutions", "{\"name\":\"Socialinės apsaugos ministerija\",\"kind\":\"MINISTRY\"}"));
	}

	long direction() {
		return once("direction", () -> create(api() + "/advocacy-directions", "{\"name\":\"Būstas\"}"));
	}

	long workingGroup() {
		return once("workingGroup", () -> create(api() + "/working-groups", "{\"name\":\"Būsto grupė\"}"));
	}

	long freshDraft() {
		return create(api() + "/positions", "{\"title\":\"Juodraštis %d\",\"kind\":\"LETTER\"}".formatted(next()));
	}

	long sentPosition() {
		return once("sentPosition", () -> create(api() + "/positions",
				"{\"title\":\"Išsiųstas raštas\",\"kind\":\"LETTER\",\"sentOn\":\"2025-04-01\"}"));
	}

	/** A list segment of one person who agreed to newsletters. */
	long newsletterSegment() {
		return once("newsletterSegment", () -> {
			List<Integer> kinds = admin.get().get(api() + "/consent-kinds").json("$[?(@.purpose == 'NEWSLETTERS')].id");
			int n = next();
			create(api() + "/people", """
					{"firstName":"Rūta","lastName":"Skaitytoja","email":"ruta.%d@priesiskas.lt",
					 "consents":[{"kind":%d,"givenOn":"2025-01-01"}]}""".formatted(n, kinds.get(0)));
			return create(api() + "/segments", """
					{"name":"Skaitytojai %d","parts":[{"type":"LIST","emails":["ruta.%d@priesiskas.lt"]}]}""".formatted(n, n));
		});
	}

	long freshMailing() {
		return create(api() + "/mailings",
				"{\"subject\":\"Naujienos %d\",\"body\":\"Sveiki!\",\"segmentId\":%d}".formatted(next(), newsletterSegment()));
	}

	/** A campaign of its own for each call: each council gets one letter of a campaign. */
	long freshCampaign() {
		return create(api() + "/growth/campaigns",
				"{\"name\":\"Kvietimas %d\",\"subject\":\"Kvietimas\",\"body\":\"Kviečiame: {{nuoroda}}\"}".formatted(next()));
	}

	long funder() {
		return once("funder", () -> create(api() + "/funders", "{\"name\":\"Fondas\",\"sourceType\":\"FOUNDATION\"}"));
	}

	long project() {
		return once("project", this::freshProject);
	}

	long freshProject() {
		return create(api() + "/projects", """
				{"name":"Projektas %d","sourceType":"STATE_BUDGET","status":"ONGOING","startsOn":"2025-01-01","endsOn":"2026-12-31",
				 "value":"1000.00"}""".formatted(next()));
	}

	long budgetLine() {
		return once("budgetLine",
				() -> create(api() + "/projects/" + project() + "/budget-lines", "{\"name\":\"Veiklos\",\"planned\":\"800.00\"}"));
	}

	long volunteeringProgramme() {
		return once("volunteeringProgramme",
				() -> create(api() + "/volunteering/programmes", "{\"name\":\"Savanorystė\"}"));
	}

	long awardProgramme() {
		return once("awardProgramme", () -> create(api() + "/awards", "{\"name\":\"Metų apdovanojimas\"}"));
	}

	long awardRound() {
		return once("awardRound", () -> create(api() + "/awards/" + awardProgramme() + "/rounds", "{\"year\":2025}"));
	}

	long consentKind() {
		return once("consentKind", () -> create(api() + "/consent-kinds", consentKindBody().toString()));
	}

	long agreement() {
		// a municipality and a year no other agreement of the test has
		return once("agreement", () -> create(api() + "/municipal-agreements",
				"{\"municipality\":\"LT-05\",\"status\":\"SIGNED\",\"signedOn\":\"1990-01-01\",\"validUntil\":\"1990-12-31\"}"));
	}

	long freshApplication() {
		ApiClient.Response applied = ApiClient.anonymous(port()).from("10.77.0." + (next() % 250 + 1))
			.post(api() + "/membership-applications", applicationBody().toString());
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		return applied.<Number>json("$.id").longValue();
	}

	private int port() {
		return port;
	}

	ObjectNode applicationBody() {
		return json("""
				{"legalCode":"%s","name":"Pareiškėja %d","legalForm":"ASSOCIATION","foundedOn":"2010-01-01",
				 "ngoStatusSince":"2011-01-01","seatMunicipality":"LT-13","email":"info@pareiskeja.lt",
				 "contactName":"Jonas Jonaitis","contactEmail":"jonas@pareiskeja.lt","statement":"Norime prisijungti",
				 "appliedOn":"2025-01-02"}""".formatted(legalCode(), next()));
	}

	/** A standard and one of its levels, as the network knows them: [name, level]. */
	String[] qualityStandard() {
		JsonNode standards = JSON.readTree(admin.get().get(api() + "/quality-standards").body());
		assertThat(standards.size()).as("quality standards of a fresh network").isPositive();
		JsonNode first = standards.get(0);
		JsonNode levels = first.get("levels");
		String level = levels == null || levels.isEmpty() ? null
				: levels.get(0).isString() ? levels.get(0).asString() : levels.get(0).path("name").asString();
		return new String[] { first.get("name").asString(), level };
	}

	/** Every write operation with a JSON body, by operationId. */
	static Map<String, Operation> all() {
		Map<String, Operation> operations = new HashMap<>();
		Set<String> none = Set.of();
		// networks
		operations.put("networksCreate", new Operation(w -> {
			int n = w.next();
			return new Call(Caller.PLATFORM, "POST", "/api/v1/networks", json("""
					{"slug":"priesiskas-%d","name":"Tinklas %d","adminEmail":"vadove@priesiskas-%d.lt","adminPassword":"labai-slaptas-1"}"""
				.formatted(n, n, n)), "/api/v1/networks", "id", null, null, null);
		}, Set.of("adminPassword", "adminEmail")));
		operations.put("networksUpdateSettings", new Operation(w -> new Call(Caller.ADMIN, "PUT", w.api() + "/settings",
				json("{\"name\":\"Priešiškas tinklas\",\"letterNumberPattern\":\"R-{seq}\"}"), w.api() + "/settings", null,
				null, w.pages() + "/settings", null).versioned(), none));
		operations.put("retentionChange", new Operation(w -> new Call(Caller.ADMIN, "PUT", w.api() + "/retention", json("""
				{"outboxBodyDays":90,"unconfirmedRegistrationDays":30,"feedbackLinkDays":60,"inactivePersonYears":5}"""),
				w.api() + "/retention", null, null, null, null), none));
		// organizations and people
		operations.put("organizationsCreate", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/organizations",
				w.organizationBody(w.legalCode()), w.api() + "/organizations/{id}", null, null,
				w.pages() + "/organizations/{id}", null), none));
		operations.put("organizationsUpdate", new Operation(w -> {
			long id = w.organization();
			ObjectNode body = w.organizationBody(
					JSON.readTree(w.admin.get().get(w.api() + "/organizations/" + id).body()).get("legalCode").asString());
			return new Call(Caller.ADMIN, "PUT", w.api() + "/organizations/" + id, body, w.api() + "/organizations/" + id,
					null, null, w.pages() + "/organizations/" + id, null).versioned();
		}, Set.of("memberSince"))); // memberSince counts on creation; later steps are membership changes
		operations.put("organizationsChange", new Operation(w -> {
			// a member since 2020 (acceptance is recorded by deciding an application or by memberSince)
			long id = w.freshOrganization();
			return new Call(Caller.ADMIN, "POST", w.api() + "/organizations/" + id + "/membership-changes",
					json("{\"change\":\"SUSPENDED\",\"on\":\"2025-01-01\",\"reason\":\"Valdybos sprendimas\"}"),
					w.api() + "/organizations/" + id + "/membership", null, null, w.pages() + "/organizations/" + id, null);
		}, none));
		operations.put("applicationsApply", new Operation(w -> new Call(Caller.ANYONE, "POST",
				w.api() + "/membership-applications", w.applicationBody(), w.api() + "/membership-applications/{id}", null,
				null, w.pages() + "/applications/{id}", null), none));
		operations.put("applicationsDecide", new Operation(w -> {
			long id = w.freshApplication();
			return new Call(Caller.ADMIN, "POST", w.api() + "/membership-applications/" + id + "/decision", json("""
					{"decision":"REJECTED","decidedOn":"2025-02-01","decidedBy":"BOARD","reference":"S-1","reason":"Netinka"}"""),
					w.api() + "/membership-applications/" + id, null, null, w.pages() + "/applications/" + id, null);
		}, none));
		operations.put("peopleCreate", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/people",
				w.personBody(), w.api() + "/people/{id}", null, null, w.pages() + "/people/{id}", null), none));
		operations.put("peopleUpdate", new Operation(w -> {
			long id = w.person();
			ObjectNode body = w.personBody();
			body.put("email", "ona.nuolatine@priesiskas.lt");
			return new Call(Caller.ADMIN, "PUT", w.api() + "/people/" + id, body, w.api() + "/people/" + id, null, null,
					w.pages() + "/people/" + id, null).versioned();
		}, none));
		operations.put("personalDataErase", new Operation(w -> {
			long id = w.freshPerson();
			return new Call(Caller.ADMIN, "POST", w.api() + "/people/" + id + "/erasure",
					json("{\"reference\":\"PR-%d\"}".formatted(w.next())), null, null, null, null, null);
		}, none));
		operations.put("consentKindsCreate", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/consent-kinds",
				w.consentKindBody(), w.api() + "/consent-kinds/{id}", null, null, w.pages() + "/consent-kinds", null),
				none));
		operations.put("consentKindsUpdate", new Operation(w -> {
			long id = w.consentKind();
			return new Call(Caller.ADMIN, "PUT", w.api() + "/consent-kinds/" + id, w.consentKindBody(),
					w.api() + "/consent-kinds/" + id, null, null, w.pages() + "/consent-kinds", null).versioned();
		}, none));
		// events
		operations.put("eventsCreate", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/events", w.eventBody(),
				w.api() + "/events/{id}", null, null, w.pages() + "/events/{id}", null), none));
		operations.put("eventsUpdate", new Operation(w -> {
			long id = w.event();
			return new Call(Caller.ADMIN, "PUT", w.api() + "/events/" + id, w.eventBody(), w.api() + "/events/" + id,
					null, null, w.pages() + "/events/" + id, null).versioned();
		}, none));
		operations.put("eventsRegister", new Operation(w -> {
			long person = w.freshPerson();
			return new Call(Caller.ADMIN, "POST", w.api() + "/events/" + w.event() + "/participants",
					json("{\"personId\":%d,\"organizationId\":%d,\"status\":\"REGISTERED\"}".formatted(person,
							w.organization())),
					w.api() + "/events/" + w.event() + "/participants", "personId", person,
					w.pages() + "/events/" + w.event(), null);
		}, none));
		operations.put("eventsChange", new Operation(w -> {
			long person = w.registered();
			return new Call(Caller.ADMIN, "PATCH", w.api() + "/events/" + w.event() + "/participants/" + person,
					json("{\"status\":\"REGISTERED\"}"), w.api() + "/events/" + w.event() + "/participants", "personId",
					person, null, null);
		}, none));
		operations.put("eventsFeedback", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/events/" + w.heldEvent() + "/feedback", json("{\"rating\":5,\"comment\":\"Naudinga\"}"), null,
				null, null, w.pages() + "/events/" + w.heldEvent(), null), none));
		// advocacy
		operations.put("advocacyAddInstitution", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/institutions",
				json("{\"name\":\"Ministerija %d\",\"nameEn\":\"Ministry\",\"kind\":\"MINISTRY\"}".formatted(w.next())),
				w.api() + "/institutions", "id", null, w.pages() + "/institutions", null), none));
		operations.put("advocacyAddDirection", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/advocacy-directions",
				json("{\"name\":\"Kryptis %d\",\"nameEn\":\"Direction\"}".formatted(w.next())),
				w.api() + "/advocacy-directions", "id", null, w.pages() + "/advocacy-directions", null), none));
		operations.put("advocacyAddWorkingGroup", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/working-groups", json("""
						{"name":"Grupė %d","theme":"Būstas","description":"Aprašas",
						 "members":[{"personId":%d,"organizationId":%d,"role":"MEMBER","from":"2025-01-01"}]}"""
					.formatted(w.next(), w.person(), w.organization())),
				w.api() + "/working-groups/{id}", null, null, w.pages() + "/working-groups/{id}", null), none));
		operations.put("advocacyCreatePosition", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/positions",
				json("""
						{"title":"Pozicija %d","summary":"Santrauka","kind":"POSITION","sentOn":"2025-04-01",
						 "addressees":[%d],"directions":[%d],"workingGroupId":%d}"""
					.formatted(w.next(), w.institution(), w.direction(), w.workingGroup())),
				w.api() + "/positions/{id}", null, null, w.pages() + "/positions/{id}", null), none));
		operations.put("advocacySend", new Operation(w -> {
			long id = w.freshDraft();
			return new Call(Caller.ADMIN, "POST", w.api() + "/positions/" + id + "/send", json("{\"sentOn\":\"2025-04-02\"}"),
					w.api() + "/positions/" + id, null, null, null, null);
		}, none));
		operations.put("advocacyRecordOutcome", new Operation(w -> new Call(Caller.ADMIN, "PATCH",
				w.api() + "/positions/" + w.sentPosition(),
				json("{\"outcome\":\"ACCEPTED\",\"outcomeOn\":\"2025-06-01\",\"outcomeNote\":\"Priimta\"}"),
				w.api() + "/positions/" + w.sentPosition(), null, null, w.pages() + "/positions/" + w.sentPosition(),
				null), none));
		operations.put("advocacyAddMeeting", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/decision-maker-meetings", json("""
						{"heldOn":"2025-05-01","institutionId":%d,"topic":"Susitikimas %d","agreed":"Susitarta",
						 "officials":[%d],"representatives":[%d],"directions":[%d]}"""
					.formatted(w.institution(), w.next(), w.person(), w.person(), w.direction())),
				w.api() + "/decision-maker-meetings/{id}", null, null, w.pages() + "/decision-maker-meetings/{id}", null),
				none));
		operations.put("advocacyAddSeat", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/council-seats",
				json("""
						{"institutionId":%d,"body":"Taryba %d","personId":%d,"role":"MEMBER","from":"2025-01-01","act":"Įsakymas"}"""
					.formatted(w.institution(), w.next(), w.person())),
				w.api() + "/council-seats", "id", null, w.pages() + "/council-seats", null),
				Set.of("from"))); // the list holds the seats held today: one from a far day is not among them
		operations.put("advocacyAddProposal", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/events/" + w.involvementMeeting() + "/proposals",
				json("{\"text\":\"Pasiūlymas\",\"theme\":\"Būstas\",\"municipality\":\"LT-13\",\"confirmNoPersonalData\":false}"),
				w.api() + "/proposals/{id}", null, null, w.pages() + "/proposals/{id}", null), none));
		// support
		operations.put("supportCreate", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/consultations", json("""
				{"organizationId":%d,"heldOn":"2025-05-01","topic":"QUALITY","consultantId":%d,"consultedIds":[%d],
				 "minutes":60,"summary":"Santrauka","followUpOn":"2025-06-01"}"""
			.formatted(w.organization(), w.person(), w.person())), w.api() + "/consultations/{id}", null, null,
				w.pages() + "/consultations/{id}", null), Set.of("hours"))); // the body's minutes win over hours
		operations.put("supportReview", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/report-reviews",
				json("{\"organizationId\":%d,\"reportYear\":2024,\"reviewedOn\":\"2025-03-01\",\"findings\":\"Gerai\",\"compliant\":true}"
					.formatted(w.freshOrganization())),
				w.api() + "/report-reviews", "id", null, null, null), none));
		operations.put("supportRecord", new Operation(w -> {
			String[] standard = w.qualityStandard();
			long organization = w.organization();
			ObjectNode body = json("""
					{"stage":"INTRODUCTORY_TRAINING","on":"2025-01-15","evidenceLink":"https://example.lt/irodymas","note":"Pastaba"}""");
			body.put("standard", standard[0]);
			if (standard[1] != null) {
				body.put("level", standard[1]);
			}
			return new Call(Caller.ADMIN, "POST", w.api() + "/organizations/" + organization + "/quality-stages", body,
					w.api() + "/organizations/" + organization + "/quality-stages", "id", null,
					w.pages() + "/organizations/" + organization, null);
		}, none));
		// projects
		operations.put("projectsAddFunder", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/funders",
				json("{\"name\":\"Fondas %d\",\"nameEn\":\"Fund\",\"sourceType\":\"FOUNDATION\"}".formatted(w.next())),
				w.api() + "/funders", "id", null, w.pages() + "/funders", null), none));
		operations.put("projectsCreate", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/projects",
				w.projectBody(), w.api() + "/projects/{id}", null, null, w.pages() + "/projects/{id}", null), none));
		operations.put("projectsUpdate", new Operation(w -> {
			long id = w.project();
			ObjectNode body = w.projectBody();
			body.put("name", "Projektas nuolatinis");
			return new Call(Caller.ADMIN, "PUT", w.api() + "/projects/" + id, body, w.api() + "/projects/" + id, null,
					null, w.pages() + "/projects/" + id, null).versioned();
		}, Set.of("endsOn"))); // a project's end changes only by an extension: a changed endsOn is ignored
		operations.put("projectsExtend", new Operation(w -> {
			long id = w.freshProject();
			return new Call(Caller.ADMIN, "POST", w.api() + "/projects/" + id + "/extensions",
					json("{\"newEndsOn\":\"2027-06-30\",\"reason\":\"Vėluoja darbai\"}"),
					w.api() + "/projects/" + id + "/extensions", null, null, w.pages() + "/projects/" + id, null)
				// the answer is the project; its one extension is the one from its first end
				.matching("previousEndsOn", "2026-12-31");
		}, none));
		operations.put("projectsAddIndicator", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/projects/" + w.project() + "/indicators", json("""
						{"name":"Dalyviai %d","unit":"asm.","target":"100","metricKey":"events.participations","parameters":"type=TRAINING"}"""
					.formatted(w.next())),
				w.api() + "/projects/" + w.project() + "/indicators", "id", null, w.pages() + "/projects/" + w.project(),
				null), none));
		operations.put("projectsAddLine", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/projects/" + w.project() + "/budget-lines",
				json("{\"name\":\"Eilutė %d\",\"planned\":\"500.00\"}".formatted(w.next())),
				w.api() + "/projects/" + w.project() + "/report", "id", null,
				w.pages() + "/projects/" + w.project() + "/budget", null), none));
		operations.put("projectsAddExpense", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/projects/" + w.project() + "/expenses", json("""
						{"lineId":%d,"spentOn":"2025-06-01","amount":"10.00","supplier":"UAB Tiekėjas","documentNumber":"S-%d","note":"Pastaba"}"""
					.formatted(w.budgetLine(), w.next())),
				null, null, null, w.pages() + "/projects/" + w.project() + "/budget", null), none));
		operations.put("projectsAddActivity", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/projects/" + w.project() + "/activities", json("""
						{"title":"Veikla %d","plannedFrom":"2025-02-01","plannedUntil":"2025-03-01","doneOn":"2025-03-01","description":"Aprašas"}"""
					.formatted(w.next())),
				w.api() + "/projects/" + w.project() + "/report", "id", null, w.pages() + "/projects/" + w.project(),
				null), none));
		// partnerships, volunteering, awards
		operations.put("partnershipsCreate", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/municipal-agreements", w.agreementBody(), w.api() + "/municipal-agreements/{id}", null, null,
				w.pages() + "/municipal-agreements/{id}", null), none, WriteOperations::planned));
		operations.put("partnershipsUpdate", new Operation(w -> {
			long id = w.agreement();
			return new Call(Caller.ADMIN, "PUT", w.api() + "/municipal-agreements/" + id, w.agreementBody(),
					w.api() + "/municipal-agreements/" + id, null, null, w.pages() + "/municipal-agreements/" + id, null)
				.versioned();
		}, none));
		operations.put("volunteeringCreateProgramme", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/volunteering/programmes",
				json("{\"name\":\"Programa %d\",\"nameEn\":\"Programme\",\"description\":\"Aprašas\"}".formatted(w.next())),
				w.api() + "/volunteering/programmes", "id", null, w.pages() + "/volunteering", null), none));
		operations.put("volunteeringRecord", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/volunteering/activities", json("""
						{"programmeId":%d,"personId":%d,"on":"2025-05-01","hours":"2.5","description":"Darbas"}"""
					.formatted(w.volunteeringProgramme(), w.person())),
				w.api() + "/volunteering/activities", "id", null, w.pages() + "/volunteering", null),
				Set.of("on"))); // the list holds this year's activities: one on a far day is not among them
		operations.put("awardsCreateProgramme", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/awards",
				json("{\"name\":\"Apdovanojimas %d\",\"nameEn\":\"Award\",\"description\":\"Aprašas\"}".formatted(w.next())),
				w.api() + "/awards", "id", null, w.pages() + "/awards/{id}", null), none));
		operations.put("awardsCreateRound", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/awards/" + w.awardProgramme() + "/rounds",
				json("{\"year\":%d}".formatted(1990 + w.next() % 200)), w.api() + "/awards/" + w.awardProgramme() + "/rounds",
				"id", null, null, null), none));
		operations.put("awardsAddNominee", new Operation(w -> new Call(Caller.ADMIN, "POST",
				w.api() + "/awards/" + w.awardProgramme() + "/rounds/" + w.awardRound() + "/nominees", json("""
						{"name":"Vardenis Pavardenis","position":"Vadovas","organization":"Bendrija","reason":"Už darbą","laureate":false}"""),
				w.api() + "/awards/" + w.awardProgramme() + "/rounds/" + w.awardRound() + "/nominees", "id", null,
				w.pages() + "/awards/" + w.awardProgramme() + "/rounds/" + w.awardRound(), null), none));
		operations.put("newslettersCreate", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/mailings",
				json("""
						{"subject":"Naujienos %d","body":"Sveiki, {{vardas}}!","subjectEn":"News","bodyEn":"Hello!",
						 "segmentId":%d,"publicArchive":true}""".formatted(w.next(), w.newsletterSegment())),
				w.api() + "/mailings/{id}", null, null, w.pages() + "/newsletters/{id}", null), none));
		operations.put("newslettersCreateSegment", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/segments",
				json("""
						{"name":"Auditorija %d","matchAll":false,"parts":[{"type":"ORGANIZATION_CONTACTS","exclude":false,
						 "county":"LT-AL","municipality":"LT-11","targetGroup":"SENIORS","membershipStatus":"MEMBER",
						 "on":"2025-01-01","qualityStage":"CERTIFIED","workingGroupId":%d,"eventType":"TRAINING",
						 "from":"2025-01-01","to":"2025-12-31","consentKindId":%d,"emails":["vardas@priesiskas.lt"]}]}"""
					.formatted(w.next(), w.workingGroup(), w.consentKind())),
				w.api() + "/segments", "id", null, w.pages() + "/newsletters/segments/{id}", null), none));
		operations.put("newslettersSend", new Operation(w -> {
			long id = w.freshMailing();
			return new Call(Caller.ADMIN, "POST", w.api() + "/mailings/" + id + "/send",
					json("{\"at\":\"%s\"}".formatted(java.time.OffsetDateTime.now().plusDays(2).withNano(0))),
					w.api() + "/mailings/" + id, null, null, null, null);
		}, Set.of("at")));
		operations.put("growthCreateCampaign", new Operation(w -> new Call(Caller.ADMIN, "POST", w.api() + "/growth/campaigns",
				json("""
						{"name":"Kampanija %d","subject":"Kvietimas, {{adresatas}}","body":"Kviečiame jungtis: {{nuoroda}} ({{kodas}})",
						 "signatory":"Direktorė","reminderWeeks":4}""".formatted(w.next())),
				w.api() + "/growth/campaigns/{id}", null, null, w.pages() + "/growth/campaigns/{id}", null), none));
		operations.put("growthSendLetters", new Operation(w -> {
			long id = w.freshCampaign();
			return new Call(Caller.ADMIN, "POST", w.api() + "/growth/campaigns/" + id + "/letters",
					json("{\"councils\":[\"LT-01\"],\"prospects\":[],\"delivery\":\"PRINT\",\"sentOn\":\"2025-04-01\"}"),
					w.api() + "/growth/campaigns/" + id, null, null, null, null);
		}, Set.of("councils", "prospects")));
		return operations;
	}

	ObjectNode organizationBody(String legalCode) {
		return json("""
				{"legalCode":"%s","name":"Bendrija %d","shortName":"B%d","legalForm":"ASSOCIATION","foundedOn":"2010-01-01",
				 "ngoStatusSince":"2011-01-01","seatMunicipality":"LT-13","municipalities":["LT-13"],"targetGroups":["SENIORS"],
				 "services":["Konsultacijos"],"website":"https://bendrija.lt","email":"info@bendrija.lt","phone":"+37060000000",
				 "address":"Gedimino pr. 1","staffCount":3,"volunteerCount":5,"memberSince":"2020-01-01"}"""
			.formatted(legalCode, next(), next()));
	}

	ObjectNode personBody() {
		return json("""
				{"firstName":"Jonas","lastName":"Jonaitis","email":"jonas.%d@priesiskas.lt","phone":"+37060000001","language":"lt",
				 "affiliations":[{"organizationId":%d,"position":"Vadovas","from":"2024-01-01"}],
				 "consents":[{"purpose":"Kvietimai","givenOn":"2024-01-01","source":"PAPER","text":"Sutinku"}]}"""
			.formatted(next(), organization()));
	}

	ObjectNode consentKindBody() {
		return json("""
				{"nameLt":"Sutikimas %d","nameEn":"Consent %d","statementLt":"Sutinku","statementEn":"I agree",
				 "purpose":"OTHER","legitimateInterest":false,"offeredOnForms":true,"active":true}"""
			.formatted(next(), next()));
	}

	ObjectNode eventBody() {
		return json("""
				{"type":"TRAINING","title":"Mokymai %d","titleEn":"Training","description":"Aprašas","descriptionEn":"About",
				 "startsAt":"2025-03-01T10:00:00+02:00","endsAt":"2025-03-01T14:00:00+02:00","format":"LIVE","venue":"Salė",
				 "municipality":"LT-13","capacity":30,"registrationFrom":"2025-02-01","registrationUntil":"2025-02-28",
				 "tags":[],"hours":4,"public":false,"headcount":0,"speakerIds":[]}""".formatted(next()));
	}

	ObjectNode projectBody() {
		return json("""
				{"name":"Projektas %d","nameEn":"Project","code":"P-%d","funderId":%d,"programme":"Programa",
				 "sourceType":"STATE_BUDGET","status":"ONGOING","value":"1000.00","grant":"900.00","ownContribution":"100.00",
				 "startsOn":"2025-01-01","endsOn":"2026-12-31","goal":"Tikslas","objectives":"Uždavinys","targetGroups":"Senjorai",
				 "responsiblePersonId":%d,"notice":"Pastaba","isPublic":false,"municipalities":["LT-13"],"partners":[%d]}"""
			.formatted(next(), next(), funder(), person(), organization()));
	}

	/**
	 * One agreement a municipality has at a time: each body takes one of 40 municipalities and a
	 * month no earlier body of that municipality has, each earlier than the one before, so that
	 * an agreement left open-ended (a hostile validUntil) does not reach the next.
	 */
	ObjectNode agreementBody() {
		int n = next();
		java.time.LocalDate month = java.time.LocalDate.of(2024, 12, 1).minusMonths(n / 40 % 300);
		return json("""
				{"municipality":"LT-%02d","status":"SIGNED","signedOn":"%s","validUntil":"%s",
				 "signatories":"Meras","scope":"Bendradarbiavimas"}""".formatted(11 + n % 40, month, month.plusDays(27)));
	}

	/**
	 * A signed agreement made back to planned: one signed from 0001 or open-ended (hostile dates)
	 * would overlap every later agreement of its municipality, and only signed ones may not overlap.
	 */
	void planned(JsonNode made) {
		String path = api() + "/municipal-agreements/" + made.get("id").asString();
		ObjectNode agreement = (ObjectNode) JSON.readTree(admin.get().get(path).body());
		agreement.put("status", "PLANNED");
		ApiClient.Response changed = admin.get().put(path, agreement.toString());
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
	}

	static List<String> methods() {
		return List.of("post", "put", "patch");
	}
}
