package lt.tinklas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.networks.Networks;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The iCalendar feed of a network's public events, as a calendar program subscribed to it reads it. */
@TinklasTest
class EventFeedTests {

	static final String FEED = "/n/nsmot/public/events.ics";

	/** Long, with two-octet letters, quotes, a line break and signs iCalendar escapes. */
	static final String DESCRIPTION = ("Aptarsime, kaip užtikrinti žmonių, patiriančių skurdą, dalyvavimą; "
			+ "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ „kabutės“ – brūkšnys ir €.\n").repeat(3) + "Pabaiga 🙂";

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	ApiClient staff() {
		return ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
	}

	int event(String title, boolean isPublic, int day) {
		int year = LocalDate.now().getYear() + 1;
		ApiClient.Response created = staff().post("/api/v1/networks/nsmot/events", """
				{"type":"FORUM","title":"%s","startsAt":"%d-04-%02dT10:00:00+03:00","endsAt":"%d-04-%02dT15:00:00+03:00",
				 "public":%s,"venue":"Vilnius","description":"%s"}"""
			.formatted(title, year, day, year, day, isPublic, DESCRIPTION.replace("\n", "\\n")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	static Calendar parse(byte[] ics) {
		try {
			return new CalendarBuilder().build(new ByteArrayInputStream(ics));
		}
		catch (IOException | ParserException e) {
			throw new AssertionError("Not an iCalendar file", e);
		}
	}

	static Map<String, VEvent> byUid(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
	}

	static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	/** The raw lines between CRLFs, each decoded strictly: a fold inside a UTF-8 character does not decode. */
	static List<byte[]> lines(byte[] ics) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i + 1 < ics.length; i++) {
			if (ics[i] == '\r' && ics[i + 1] == '\n') {
				lines.add(Arrays.copyOfRange(ics, start, i));
				start = i + 2;
			}
		}
		assertThat(start).as("the file ends with CRLF").isEqualTo(ics.length);
		return lines;
	}

	static String strictUtf8(byte[] line) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(line))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new AssertionError("A line splits a UTF-8 character: " + new String(line, StandardCharsets.UTF_8), e);
		}
	}

	@Test
	void theFeedHoldsPublicEventsLinkedToTheirPublicPagesNamedAfterTheNetworkAndFoldedByOctets() {
		int open = event("Viešas forumas apie dalyvavimą", true, 7);
		int closed = event("Tik nariams skirtas pasitarimas", false, 8);
		int cancelled = event("Atšauktas viešas forumas", true, 9);
		assertThat(staff().post("/api/v1/networks/nsmot/events/" + cancelled + "/cancel", "").status()).isEqualTo(200);

		WebSession anyone = new WebSession(port);
		byte[] ics = anyone.download(FEED);

		List<byte[]> lines = lines(ics);
		assertThat(lines).allSatisfy(line -> assertThat(line.length).as(strictUtf8(line)).isLessThanOrEqualTo(75));
		assertThat(lines).map(EventFeedTests::strictUtf8).anyMatch(line -> line.startsWith(" "));

		Calendar calendar = parse(ics);
		assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue))
			.contains(networks.bySlug("nsmot").orElseThrow().name());
		Map<String, VEvent> events = byUid(calendar);
		assertThat(events).doesNotContainKeys("event-" + closed + "@nsmot.tinklas", "event-" + cancelled + "@nsmot.tinklas");
		VEvent forum = events.get("event-" + open + "@nsmot.tinklas");
		assertThat(value(forum, "SUMMARY")).isEqualTo("Viešas forumas apie dalyvavimą");
		assertThat(value(forum, "DESCRIPTION")).isEqualTo(DESCRIPTION);
		assertThat(value(forum, "URL")).isEqualTo("http://tinklas.test/n/nsmot/public/events/" + open);
		assertThat(events.values()).allSatisfy(event -> assertThat(value(event, "URL"))
			.startsWith("http://tinklas.test/n/nsmot/public/events/"));
		assertThat(calendar.toString()).doesNotContain("Tik nariams", "Atšauktas");

		String publicPage = value(forum, "URL").substring("http://tinklas.test".length());
		WebSession.Page page = anyone.get(publicPage);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Viešas forumas apie dalyvavimą");
	}

	@Test
	void anUnchangedFeedDownloadsTheSameBytesAndAChangeMovesOnlyThatEventsStamp() {
		Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		int changing = event("Forumas, kuris keisis", true, 14);
		int steady = event("Forumas, kuris nesikeis", true, 15);
		WebSession anyone = new WebSession(port);

		byte[] first = anyone.download(FEED);
		byte[] second = anyone.download(FEED);
		assertThat(second).isEqualTo(first);

		Map<String, VEvent> before = byUid(parse(first));
		Instant stamp = stamp(before.get("event-" + changing + "@nsmot.tinklas"));
		assertThat(stamp).isBetween(created, Instant.now());

		ApiClient.Response read = staff().get("/api/v1/networks/nsmot/events/" + changing);
		String body = read.body().replace("Forumas, kuris keisis", "Forumas, kuris pasikeitė");
		ApiClient.Response changed = staff().put("/api/v1/networks/nsmot/events/" + changing, body);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);

		Map<String, VEvent> after = byUid(parse(anyone.download(FEED)));
		VEvent renamed = after.get("event-" + changing + "@nsmot.tinklas");
		assertThat(value(renamed, "SUMMARY")).isEqualTo("Forumas, kuris pasikeitė");
		assertThat(stamp(renamed)).isAfterOrEqualTo(stamp);
		assertThat(stamp(after.get("event-" + steady + "@nsmot.tinklas")))
			.isEqualTo(stamp(before.get("event-" + steady + "@nsmot.tinklas")));
	}

	@Test
	void theStaffsOwnCalendarFileKeepsTheStaffPage() {
		int open = event("Viešas forumas darbuotojams", true, 21);
		WebSession signedIn = WebSession.signedIn(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		byte[] ics = signedIn.download("/n/nsmot/events/" + open + "/calendar.ics");
		assertThat(lines(ics)).allSatisfy(line -> assertThat(line.length).isLessThanOrEqualTo(75));
		VEvent event = byUid(parse(ics)).get("event-" + open + "@nsmot.tinklas");
		assertThat(value(event, "URL")).isEqualTo("http://tinklas.test/n/nsmot/events/" + open);
		assertThat(value(event, "DESCRIPTION")).isEqualTo(DESCRIPTION);
	}

	static Instant stamp(VEvent event) {
		return event.<DtStamp>getProperty("DTSTAMP").orElseThrow().getDate();
	}
}
