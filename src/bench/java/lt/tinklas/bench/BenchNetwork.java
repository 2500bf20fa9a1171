package lt.tinklas.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the journeys read in the measured network, found once through its API before the load
 * starts (so the finding is not measured): the latest year with attended events, organizations and
 * events with participants to open, the county with most organizations, and words to search for.
 */
record BenchNetwork(int year, List<Long> organizationIds, List<Long> eventIds, String county,
		String organizationSearch, String peopleSearch) {

	private static final int MOST_RECORDS = 50;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	static BenchNetwork discover(BenchSettings settings) {
		Api api = new Api(settings);
		JsonNode organizations = api.get("/organizations?size=100");
		List<Long> organizationIds = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (JsonNode organization : organizations.path("items")) {
			organizationIds.add(organization.path("id").asLong());
			names.add(organization.path("name").asString());
		}
		if (organizationIds.isEmpty()) {
			throw new IllegalStateException("Network " + settings.network() + " has no organizations to measure");
		}
		String county = null;
		long most = -1;
		for (Map.Entry<String, JsonNode> entry : organizations.path("countByCounty").properties()) {
			if (entry.getValue().asLong() > most) {
				most = entry.getValue().asLong();
				county = entry.getKey();
			}
		}

		int thisYear = LocalDate.now(ZoneId.of("Europe/Vilnius")).getYear();
		List<Integer> years = settings.year() != null ? List.of(settings.year())
				: IntStream.iterate(thisYear, y -> y > thisYear - 15, y -> y - 1).boxed().toList();
		for (int year : years) {
			List<JsonNode> attended = new ArrayList<>();
			for (JsonNode event : api.get("/events?from=" + year + "-01-01&to=" + year + "-12-31")) {
				if (event.path("seatsTaken").asInt() > 0 && !"CANCELLED".equals(event.path("status").asString())) {
					attended.add(event);
				}
			}
			if (attended.isEmpty()) {
				continue;
			}
			List<Long> eventIds = spread(attended).stream().map(e -> e.path("id").asLong()).toList();
			String peopleSearch = System.getProperty("bench.peopleSearch");
			if (peopleSearch == null) {
				JsonNode participants = api.get("/events/" + eventIds.get(0) + "/participants");
				String name = participants.path(0).path("name").asString("a");
				String lastName = name.substring(name.lastIndexOf(' ') + 1);
				peopleSearch = lastName.substring(0, Math.min(4, lastName.length())).toLowerCase(Locale.ROOT);
			}
			return new BenchNetwork(year, spread(organizationIds), eventIds, county,
					BenchSettings.property("bench.search", commonWord(names)), peopleSearch);
		}
		throw new IllegalStateException("Network " + settings.network() + " has no event with participants in " + years);
	}

	/** At most {@link #MOST_RECORDS}, taken evenly from the whole list. */
	private static <T> List<T> spread(List<T> all) {
		if (all.size() <= MOST_RECORDS) {
			return all;
		}
		List<T> picked = new ArrayList<>();
		for (int i = 0; i < MOST_RECORDS; i++) {
			picked.add(all.get(i * all.size() / MOST_RECORDS));
		}
		return picked;
	}

	/** The start of the word most names share, as someone types a search: "asoci" for "Asociacija ...". */
	private static String commonWord(List<String> names) {
		Map<String, Integer> counts = new HashMap<>();
		for (String name : names) {
			for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
				if (word.length() >= 5) {
					counts.merge(word, 1, Integer::sum);
				}
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(entry -> entry.getKey().substring(0, 5))
			.orElse("a");
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** The network's API, signed in with the staff's token. */
	private record Api(BenchSettings settings, HttpClient client) {

		Api(BenchSettings settings) {
			this(settings, HttpClient.newHttpClient());
		}

		JsonNode get(String path) {
			String url = settings.baseUrl() + "/api/v1/networks/" + settings.network() + path;
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + settings.token())
				.header("Accept", "application/json")
				.build();
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
				}
				return JSON.readTree(response.body());
			}
			catch (IOException e) {
				throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}
}
