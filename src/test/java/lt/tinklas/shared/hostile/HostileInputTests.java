package lt.tinklas.shared.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.FreshNetwork;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every write operation of the API with a JSON body, as its OpenAPI description lists it, called by
 * a role allowed to call it, with each field in turn replaced by each {@link HostileJsonValues hostile
 * value}. Passes when nothing answers 5xx, every refusal is a 400 problem detail naming the field,
 * every accepted value reads back through the API as it was sent, and markup accepted into a record
 * shows escaped on the record's staff page. Where a refusal may name another field, a value need not
 * read back, or an operation is not driven, an explicit table says so and why.
 */
@TinklasTest
class HostileInputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What of the markup must never reach a page as it was sent. */
	private static final List<String> LIVE_MARKUP = List.of("<script>alert(1)", "<svg onload", "<img src=x");

	/**
	 * A refusal that names the other field of a pair is the right refusal: the pair's rule (an end
	 * not before the start, a grant within the value) is told at the field the person corrects. By
	 * operationId and field, the other field also accepted.
	 */
	private static final Map<String, String> ALSO_NAMED = Map.ofEntries(
			// an event's start after its end is told at the end
			Map.entry("eventsCreate startsAt", "endsAt"), Map.entry("eventsUpdate startsAt", "endsAt"),
			// a registration opening after it closes is told at its closing
			Map.entry("eventsCreate registrationFrom", "registrationUntil"),
			Map.entry("eventsUpdate registrationFrom", "registrationUntil"),
			// a consultation after its follow-up is told at the follow-up
			Map.entry("supportCreate heldOn", "followUpOn"),
			// a project's start after its end is told at the end
			Map.entry("projectsCreate startsOn", "endsOn"), Map.entry("projectsUpdate startsOn", "endsOn"),
			// a value below the grant is told at the grant (the grant may not exceed the value)
			Map.entry("projectsCreate value", "grant"), Map.entry("projectsUpdate value", "grant"),
			// an activity planned to start after it ends is told at its planned end
			Map.entry("projectsAddActivity plannedFrom", "plannedUntil"),
			// a consent without a usable purpose is told at its kind: it names a kind or a purpose
			Map.entry("peopleCreate consents[0].purpose", "consents[0].kind"),
			Map.entry("peopleUpdate consents[0].purpose", "consents[0].kind"),
			// an agreement signed after it ends is told at its end
			Map.entry("partnershipsCreate signedOn", "validUntil"), Map.entry("partnershipsUpdate signedOn", "validUntil"));

	/** Operations with a JSON body not driven, with why; the list may only shrink. */
	private static final Map<String, String> NOT_DRIVEN = Map.of("supportRecord",
			"names a quality standard, and a fresh network has none the API could make");

	/**
	 * The values tried in an element of a list of ids, codes or choices (a list is checked whole
	 * with all values): wrong types, limits and empties; the rest of the text values are the same
	 * unknown id or code.
	 */
	private static final List<String> ELEMENT_VALUES = List.of("script", "sql-or", "10000-chars", "nul", "zero",
			"minus-one", "2^31", "1e308", "minus-zero", "empty", "whitespace", "number-for-text", "object", "array", "null");

	/**
	 * Values that test only free text (how it is stored and shown): in a number, a date, a choice or
	 * a yes/no every text is refused by the same reader, and the script, the other text values
	 * tried there, stands for them.
	 */
	private static final Set<String> ONLY_IN_TEXT = Set.of("svg", "img", "sql-or", "sql-drop", "rtl-override",
			"zero-width", "emoji-combining");

	/**
	 * Markup shown on a record's own page is looked for after this value only: a page read per
	 * value is the slowest part of the test, and this value both leaves an attribute and opens a
	 * tag. On a page listing many records every markup value is looked for.
	 */
	private static final String MARKUP_ON_OWN_PAGE = "img";

	/** A personal token makes 1200 calls a minute; a new one is made before that. */
	private static final int CALLS_PER_TOKEN = 1000;

	@LocalServerPort
	int port;

	private final List<String> failures = new ArrayList<>();
	private final Map<String, Integer> outcomes = new TreeMap<>();
	private final Map<String, List<String>> pendingPages = new LinkedHashMap<>();
	/** The version of each record last answered or read: no read before each change of it. */
	private final Map<String, JsonNode> versions = new HashMap<>();
	private FreshNetwork network;
	private WebSession staffPages;
	private Rotating admin;
	private Rotating platform;
	private int anonymousCalls;
	private int calls;
	private int pagesChecked;
	private int pagesShowingValue;

	@Test
	void everyFieldOfEveryJsonBodyRefusesHostileJsonValuesByName() {
		network = FreshNetwork.create(port, "priesiskas", "Priešiškas tinklas");
		staffPages = network.signedIn();
		String networkId = JSON.readTree(network.admin().get("/api/v1/me").body())
			.get("networks")
			.get(0)
			.get("networkId")
			.asString();
		admin = new Rotating(staffPages, networkId);
		platform = new Rotating(WebSession.signedIn(port, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD), "platform");
		WriteOperations records = new WriteOperations(port, network, admin);
		Map<String, WriteOperations.Operation> table = WriteOperations.all();
		JsonNode description = JSON.readTree(ApiClient.anonymous(port).get("/api/docs/openapi.json").body());
		Map<String, JsonNode> bodies = jsonBodies(description);
		Map<String, JsonNode> values = HostileJsonValues.all();
		int fields = 0;
		for (Map.Entry<String, JsonNode> operation : bodies.entrySet()) {
			String id = operation.getKey();
			WriteOperations.Operation known = table.get(id);
			if (NOT_DRIVEN.containsKey(id)) {
				continue;
			}
			if (known == null) {
				failures.add(id + ": no valid body is known for it");
				continue;
			}
			versions.clear();
			try {
				ApiClient.Response valid = send(id, records, known, null, null);
				if (valid.status() >= 300) {
					failures.add(id + ": its valid body is refused: " + valid.status() + " " + valid.body());
					continue;
				}
				WriteOperations.Call sample = known.call().apply(records);
				Map<String, Boolean> paths = fieldPaths(description, operation.getValue(), sample.body());
				fields += paths.size();
				paths.forEach((field, freeText) -> values.forEach((name, value) -> {
					if ((freeText || !ONLY_IN_TEXT.contains(name)) && (!field.endsWith("]") || ELEMENT_VALUES.contains(name))) {
						send(id, records, known, field, new Hostile(name, value));
					}
				}));
				checkPendingPages();
			}
			catch (AssertionError | RuntimeException e) {
				failures.add(id + ": could not be driven: " + abbreviated(String.valueOf(e.getMessage())));
			}
		}
		checkPendingPages();
		System.out.printf("Hostile input: %d operations (%d not driven) x %d fields x up to %d values = %d calls; "
				+ "answers %s; %d staff pages checked, %d showing the value escaped%n", bodies.size(), NOT_DRIVEN.size(),
				fields, values.size(), calls, outcomes, pagesChecked, pagesShowingValue);
		assertThat(bodies).hasSizeGreaterThan(40);
		assertThat(bodies.keySet()).as("operations not driven are still in the API").containsAll(NOT_DRIVEN.keySet());
		failures.forEach(failure -> System.out.println("HOSTILE " + failure));
		assertThat(failures).as(failures.size() + " failures").isEmpty();
	}

	record Hostile(String name, JsonNode value) {
	}

	/** The JSON request body schema of each POST, PUT and PATCH under /api/v1, by operationId. */
	private static Map<String, JsonNode> jsonBodies(JsonNode description) {
		Map<String, JsonNode> bodies = new TreeMap<>();
		for (String path : description.get("paths").propertyNames()) {
			if (!path.startsWith("/api/v1")) {
				continue;
			}
			JsonNode item = description.get("paths").get(path);
			for (String method : WriteOperations.methods()) {
				JsonNode schema = item.path(method).path("requestBody").path("content").path("application/json").path("schema");
				if (!schema.isMissingNode()) {
					bodies.put(item.get(method).get("operationId").asString(), schema);
				}
			}
		}
		return bodies;
	}

	private static JsonNode resolve(JsonNode description, JsonNode schema) {
		JsonNode ref = schema.get("$ref");
		if (ref == null) {
			return schema;
		}
		return description.get("components").get("schemas").get(ref.asString().replace("#/components/schemas/", ""));
	}

	/**
	 * Every property of the body, and inside the first element of a list the valid body fills: a
	 * person's {@code affiliations[0].from}, an organization's {@code municipalities[0]}.
	 */
	private static Map<String, Boolean> fieldPaths(JsonNode description, JsonNode schema, JsonNode valid) {
		Map<String, Boolean> paths = new LinkedHashMap<>();
		JsonNode resolved = resolve(description, schema);
		JsonNode properties = resolved.path("properties");
		for (String name : properties.propertyNames()) {
			JsonNode property = resolve(description, properties.get(name));
			paths.put(name, freeText(property));
			JsonNode first = valid.path(name).path(0);
			if ("array".equals(property.path("type").asString()) && !first.isMissingNode()) {
				JsonNode items = resolve(description, property.path("items"));
				if (items.has("properties") && first.isObject()) {
					fieldPaths(description, items, first).forEach((nested, text) -> paths.put(name + "[0]." + nested, text));
				}
				else {
					paths.put(name + "[0]", freeText(items));
				}
			}
		}
		return paths;
	}

	/** Text as a person types it: a string that is no date, no choice from a list. */
	private static boolean freeText(JsonNode property) {
		return "string".equals(property.path("type").asString()) && !property.has("format") && !property.has("enum");
	}

	private ApiClient.Response send(String operationId, WriteOperations records, WriteOperations.Operation operation,
			String field, Hostile hostile) {
		WriteOperations.Call call = operation.call().apply(records);
		ObjectNode body = call.body().deepCopy();
		if (field != null) {
			set(body, field, hostile.value());
		}
		boolean versioned = call.versionFrom() != null && !"version".equals(field);
		ApiClient.Response answer = null;
		for (int attempt = 0; attempt < 2 && (answer == null || (versioned && answer.status() == 409)); attempt++) {
			if (versioned) {
				// the version last answered, read again only when it turns out stale
				if (attempt > 0) {
					versions.remove(call.versionFrom());
				}
				body.set("version", versions.computeIfAbsent(call.versionFrom(),
						path -> JSON.readTree(admin.get().get(path).body()).get("version")));
			}
			ApiClient caller = switch (call.caller()) {
				case ADMIN -> admin.get();
				case PLATFORM -> platform.get();
				case ANYONE -> ApiClient.anonymous(port).from("10.66." + (++anonymousCalls / 250) + "." + (anonymousCalls % 250 + 1));
			};
			answer = caller.send(call.method(), call.path(), body.toString());
		}
		if (call.versionFrom() != null) {
			JsonNode answered = answer.status() < 300 && answer.body() != null && answer.body().startsWith("{")
					? JSON.readTree(answer.body()).get("version") : null;
			if (answered != null) {
				versions.put(call.versionFrom(), answered);
			}
			else if (answer.status() < 300) {
				versions.remove(call.versionFrom());
			}
		}
		if (field == null) {
			settle(records, operation, answer);
			return answer;
		}
		calls++;
		String what = call.method() + " " + call.path() + " " + field + "=" + hostile.name();
		outcomes.merge(String.valueOf(answer.status()), 1, Integer::sum);
		if (answer.status() >= 500) {
			failures.add(what + ": " + answer.status() + " " + abbreviated(answer.body()));
		}
		else if (answer.status() == 400) {
			namesTheField(what, field, ALSO_NAMED.get(operationId + " " + field), answer);
		}
		else if (answer.status() == 409 && "version".equals(field)) {
			// a version other than the one read is stale
		}
		else if (answer.status() >= 200 && answer.status() < 300) {
			readsBack(what, call, field, hostile, answer, operation);
			settle(records, operation, answer);
		}
		else {
			failures.add(what + ": refused with " + answer.status() + " instead of 400: " + abbreviated(answer.body()));
		}
		return answer;
	}

	private static void settle(WriteOperations records, WriteOperations.Operation operation, ApiClient.Response answer) {
		if (operation.settle() != null && answer.status() < 300) {
			operation.settle().accept(records, JSON.readTree(answer.body()));
		}
	}

	private void namesTheField(String what, String field, String alsoNamed, ApiClient.Response answer) {
		if (!answer.contentType().startsWith("application/problem+json")) {
			failures.add(what + ": 400 that is not a problem detail: " + abbreviated(answer.body()));
			return;
		}
		JsonNode errors = JSON.readTree(answer.body()).path("errors");
		List<String> named = new ArrayList<>();
		for (JsonNode error : errors) {
			named.add(error.path("field").asString());
			if (error.path("message").asString().isBlank()) {
				failures.add(what + ": 400 names " + error.path("field").asString() + " without a message");
			}
		}
		if (named.stream().noneMatch(name -> sameField(name, field) || name.equals(alsoNamed))) {
			failures.add(what + ": 400 does not name the field but " + named + ": " + abbreviated(answer.body()));
		}
	}

	/** {@code municipalities} names {@code municipalities[0]}, and the other way round. */
	private static boolean sameField(String named, String field) {
		return named.equals(field) || field.startsWith(named + "[") || field.startsWith(named + ".")
				|| named.startsWith(field + "[") || named.startsWith(field + ".");
	}

	private void readsBack(String what, WriteOperations.Call call, String field, Hostile hostile,
			ApiClient.Response answer, WriteOperations.Operation operation) {
		JsonNode answered = answer.body() == null || answer.body().isBlank() ? null : JSON.readTree(answer.body());
		String id = answered != null && answered.has("id") ? answered.get("id").asString() : null;
		String leaf = field.replaceAll(".*\\.", "").replaceAll("\\[\\d+]$", "");
		JsonNode sent = hostile.value();
		// null and blank text leave the field out: it takes its default (a language lt, a purpose
		// OTHER, an application day today), nothing to compare
		boolean leftOut = sent.isNull() || (sent.isString() && sent.asString().isBlank());
		// a new record starts at version 0 whatever version its body carries
		boolean newVersion = "version".equals(field) && "POST".equals(call.method());
		if (call.read() != null && !operation.notReadBack().contains(leaf) && !leftOut && !newVersion) {
			ApiClient.Response read = (call.caller() == WriteOperations.Caller.PLATFORM ? platform : admin).get()
				.get(call.read().replace("{id}", String.valueOf(id)));
			if (read.status() != 200) {
				failures.add(what + ": accepted, but reading it back answers " + read.status());
				return;
			}
			JsonNode record = JSON.readTree(read.body());
			if (call.read().equals(call.versionFrom()) && record.has("version")) {
				versions.put(call.versionFrom(), record.get("version"));
			}
			if (record.isArray()) {
				record = element(record, call.matchKey(), call.matchValue() == null ? id : String.valueOf(call.matchValue()));
				if (record == null) {
					failures.add(what + ": accepted, but not among " + call.read());
					return;
				}
			}
			if (!holds(record, leaf, field.endsWith("]"), hostile.value())) {
				failures.add(what + ": accepted, but reads back otherwise: " + abbreviated(record.toString()));
			}
		}
		if (call.page() != null && hostile.value().isString()
				&& HostileJsonValues.MARKUP.containsValue(hostile.value().asString())
				&& ("POST".equals(call.method()) && !call.page().contains("{id}")
						|| MARKUP_ON_OWN_PAGE.equals(hostile.name()))) {
			String page = call.page().replace("{id}", String.valueOf(id));
			pendingPages.computeIfAbsent(page, p -> new ArrayList<>()).add(what + "|" + hostile.value().asString());
			// a change shows on its page until the next value changes it; what is added stays, its
			// pages are read once for the whole operation
			if (!"POST".equals(call.method())) {
				checkPendingPages();
			}
		}
	}

	private static JsonNode element(JsonNode list, String key, String value) {
		for (JsonNode element : list) {
			if (element.path(key).asString().equals(value)) {
				return element;
			}
		}
		return null;
	}

	/** Whether the record holds the value sent under the field's name (or, for text, anywhere). */
	private static boolean holds(JsonNode record, String leaf, boolean item, JsonNode sent) {
		List<JsonNode> found = new ArrayList<>();
		collect(record, leaf, found);
		if (item) {
			List<JsonNode> items = new ArrayList<>();
			found.forEach(list -> list.forEach(items::add));
			found = items;
		}
		boolean empty = sent.isNull() || (sent.isString() && sent.asString().isBlank())
				|| (sent.isArray() && sent.isEmpty());
		if (found.isEmpty()) {
			return empty || (sent.isString() && anyText(record, sent.asString()));
		}
		for (JsonNode candidate : found) {
			if (same(candidate, sent) || (empty && (candidate.isNull() || candidate.asString("").isBlank()))) {
				return true;
			}
		}
		return sent.isString() && anyText(record, sent.asString());
	}

	private static void collect(JsonNode node, String name, List<JsonNode> found) {
		if (node.isObject()) {
			for (String property : node.propertyNames()) {
				if (property.equals(name)) {
					found.add(node.get(property));
				}
				collect(node.get(property), name, found);
			}
		}
		else if (node.isArray()) {
			node.forEach(element -> collect(element, name, found));
		}
	}

	private static boolean anyText(JsonNode node, String text) {
		if (node.isString()) {
			return node.asString().equals(text);
		}
		for (JsonNode child : node) {
			if (anyText(child, text)) {
				return true;
			}
		}
		return false;
	}

	private static boolean same(JsonNode candidate, JsonNode sent) {
		if (sent.isNumber()) {
			BigDecimal number = sent.decimalValue();
			if (candidate.isNumber()) {
				return candidate.decimalValue().compareTo(number) == 0;
			}
			try {
				return candidate.isString() && new BigDecimal(candidate.asString()).compareTo(number) == 0;
			}
			catch (NumberFormatException e) {
				return false;
			}
		}
		if (sent.isString() && candidate.isString()) {
			return candidate.asString().equals(sent.asString());
		}
		if (sent.isArray() && candidate.isArray() && sent.size() == candidate.size()) {
			for (int i = 0; i < sent.size(); i++) {
				if (!same(candidate.get(i), sent.get(i))) {
					return false;
				}
			}
			return true;
		}
		return candidate.equals(sent);
	}

	/** Each staff page that should show markup accepted: escaped, never as the markup itself. */
	private void checkPendingPages() {
		pendingPages.forEach((path, sent) -> {
			WebSession.Page page = staffPages.get(path);
			pagesChecked++;
			if (page.status() != 200) {
				failures.add("page " + path + " answers " + page.status() + " after " + sent.get(0));
				return;
			}
			for (String markup : LIVE_MARKUP) {
				if (page.body().contains(markup)) {
					failures.add("page " + path + " shows live markup " + markup + " after " + sent);
				}
			}
			for (String one : sent) {
				String value = one.substring(one.indexOf('|') + 1);
				if (page.body().contains(HtmlUtils.htmlEscape(value)) || page.body().contains(thymeleafEscaped(value))) {
					pagesShowingValue++;
				}
			}
		});
		pendingPages.clear();
	}

	private static String thymeleafEscaped(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

	/** Puts the value at a path such as {@code affiliations[0].from} or {@code municipalities[0]}. */
	private static void set(ObjectNode body, String path, JsonNode value) {
		String[] segments = path.split("\\.");
		JsonNode node = body;
		for (int i = 0; i < segments.length; i++) {
			Matcher matcher = SEGMENT.matcher(segments[i]);
			matcher.matches();
			String name = matcher.group(1);
			boolean last = i == segments.length - 1;
			if (matcher.group(2) == null) {
				if (last) {
					((ObjectNode) node).set(name, value);
				}
				else {
					node = node.get(name);
				}
			}
			else {
				ArrayNode list = (ArrayNode) node.get(name);
				int index = Integer.parseInt(matcher.group(2));
				if (last) {
					list.set(index, value);
				}
				else {
					node = list.get(index);
				}
			}
		}
	}

	private static String abbreviated(String text) {
		return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
	}

	/** Personal tokens of one account, a new one before the last reaches the rate limit. */
	private final class Rotating implements Supplier<ApiClient> {

		private final WebSession account;
		private final String reach;
		private ApiClient current;
		private int used;

		Rotating(WebSession account, String reach) {
			this.account = account;
			this.reach = reach;
		}

		@Override
		public ApiClient get() {
			if (current == null || used++ >= CALLS_PER_TOKEN) {
				Map<String, String> form = new LinkedHashMap<>();
				form.put("name", "Priešiškas " + System.nanoTime());
				form.put("reach", reach);
				form.put("readOnly", "false");
				form.put("expiresOn", LocalDate.now().plusDays(5).toString());
				WebSession.Page created = account.post("/account", "/account/tokens", form);
				assertThat(created.body()).as(created.text()).contains("<code id=\"new-token\">");
				current = ApiClient.token(port,
						created.body().replaceAll("(?s).*<code id=\"new-token\">([^<]+)</code>.*", "$1"));
				used = 1;
			}
			return current;
		}
	}
}
