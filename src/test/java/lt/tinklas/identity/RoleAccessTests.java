package lt.tinklas.identity;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.REDIRECT;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.GroupRole;
import lt.tinklas.advocacy.InstitutionKind;
import lt.tinklas.advocacy.MeetingData;
import lt.tinklas.advocacy.PositionData;
import lt.tinklas.advocacy.SeatData;
import lt.tinklas.advocacy.SeatRole;
import lt.tinklas.advocacy.WorkingGroupData;
import lt.tinklas.advocacy.application.AdvocacyLists;
import lt.tinklas.advocacy.application.CouncilSeats;
import lt.tinklas.advocacy.application.DecisionMakerMeetings;
import lt.tinklas.advocacy.application.InvolvementProposals;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.advocacy.application.WorkingGroups;
import lt.tinklas.awards.AwardsRoutes;
import lt.tinklas.newsletters.NewslettersRoutes;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.events.EventData;
import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.growth.GrowthRoutes;
import lt.tinklas.growth.RegisterExtractRoutes;
import lt.tinklas.networks.AccessLogRoutes;
import lt.tinklas.networks.Networks;
import lt.tinklas.networks.SearchRoutes;
import lt.tinklas.organizations.Applications;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.partnerships.PartnershipsRoutes;
import lt.tinklas.people.ConsentRoutes;
import lt.tinklas.people.People;
import lt.tinklas.projects.Funders;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.Projects;
import lt.tinklas.publishing.PublishingRoutes;
import lt.tinklas.reports.ReportsRoutes;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.strategy.Strategies;
import lt.tinklas.strategy.IndicatorView;
import lt.tinklas.support.SupportRoutes;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;
import lt.tinklas.testing.Routes.Who;
import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import lt.tinklas.volunteering.VolunteeringRoutes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that exists, asked by every role: what each gets is written in one table. A route
 * that is not in the table fails the test, so a new page or endpoint must state who may use it.
 * Requests that could change something carry input the server refuses, so the table changes
 * nothing: an allowed role sees the refusal (200 with the form's errors, 400, 409), a role that
 * is not allowed is refused before that (403, 404, or sent to sign in).
 */
@TinklasTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class RoleAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	Networks networks;

	@Autowired
	Users users;

	@Autowired
	People people;

	@Autowired
	Events events;

	@Autowired
	Organizations organizations;

	@Autowired
	Applications applications;

	@Autowired
	AdvocacyLists advocacyLists;

	@Autowired
	WorkingGroups workingGroups;

	@Autowired
	Positions positions;

	@Autowired
	DecisionMakerMeetings meetings;

	@Autowired
	CouncilSeats seats;

	@Autowired
	InvolvementProposals proposals;

	@Autowired
	Strategies strategies;

	@Autowired
	Projects projects;

	/** For the modules' route tables kept beside their tests (SupportRoutes ...): the beans they read ids from. */
	@Autowired
	ApplicationContext context;

	@Autowired
	Funders funders;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	long staffRoleId;
	long personId;
	long eventId;
	long organizationId;
	long applicationId;
	long publicEventId;
	String organizationCode;
	long attendeeId;
	long adminRoleId;
	Advocacy advocacy;
	Strategy strategy;
	Project project;
	final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
	final Map<Who, ApiClient> apis = new EnumMap<>(Who.class);

	/** The advocacy records the table names, made once for all the tests that read the table. */
	private static Advocacy advocacyMade;

	/**
	 * The table's routes with their ids resolved, for a test that opens every page (the browser's
	 * accessibility sweep) rather than retyping them; the records the table names are made once.
	 */
	public static List<Route> routes(ApplicationContext context) {
		RoleAccessTests table = new RoleAccessTests();
		context.getAutowireCapableBeanFactory().autowireBean(table);
		table.prepare();
		return table.table();
	}

	private static synchronized Advocacy advocacyOnce(long nsmot, RoleAccessTests table) {
		if (advocacyMade == null) {
			advocacyMade = Tenancy.runAs(nsmot, table::advocacyRecords);
		}
		return advocacyMade;
	}

	@BeforeAll
	void signIn() {
		prepare();
		Map<Who, String> emails = Map.of(Who.PLATFORM_ADMIN, DemoAccounts.PLATFORM_ADMIN, Who.NETWORK_ADMIN,
				DemoAccounts.NSMOT_ADMIN.email(), Who.STAFF, DemoAccounts.NSMOT_STAFF.email(), Who.BOARD,
				DemoAccounts.NSMOT_BOARD.email(), Who.MEMBER_REP, DemoAccounts.NSMOT_MEMBER.email());
		sessions.put(Who.ANONYMOUS, new WebSession(port));
		apis.put(Who.ANONYMOUS, ApiClient.anonymous(port));
		emails.forEach((who, email) -> {
			sessions.put(who, WebSession.signedIn(port, email, DemoAccounts.PASSWORD));
			apis.put(who, ApiClient.basic(port, email, DemoAccounts.PASSWORD));
		});
	}

	/** Reads the ids the table names and makes the records it needs. */
	private void prepare() {
		long nsmot = networks.bySlug("nsmot").orElseThrow().id();
		List<Users.NetworkUser> nsmotUsers = Tenancy.runAs(nsmot, () -> users.inCurrentNetwork());
		staffRoleId = roleOf(nsmotUsers, DemoAccounts.NSMOT_STAFF.email());
		adminRoleId = roleOf(nsmotUsers, DemoAccounts.NSMOT_ADMIN.email());
		personId = Tenancy.runAs(nsmot, () -> people.byEmail("ieva.zukauskaite@pavyzdys.lt").orElseThrow().id());
		eventId = Tenancy.runAs(nsmot, () -> events
			.list(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), EventType.TRAINING)
			.get(0)
			.id());
		var food = Tenancy.runAs(nsmot, () -> organizations.search(
				new OrganizationFilter("Maisto bankas", null, null, null, null, null), 0, 1))
			.items()
			.get(0);
		organizationId = food.id();
		applicationId = Tenancy.runAs(nsmot, () -> applications.all().get(0).id());
		publicEventId = Tenancy.runAs(nsmot, () -> events
			.list(LocalDate.now(), LocalDate.now().plusYears(1), null)
			.stream()
			.filter(EventView::isPublic)
			.findFirst()
			.orElseThrow()
			.id());
		organizationCode = food.legalCode();
		// an attendee who works for another organization than the member representative's
		attendeeId = Tenancy.runAs(nsmot, () -> events.participants(eventId)
			.stream()
			.max(Comparator.comparing(p -> p.organizationId() == null ? 0L : p.organizationId()))
			.orElseThrow()
			.personId());
		advocacy = advocacyOnce(nsmot, this);
		strategy = Tenancy.runAs(nsmot, this::strategyRecords);
		project = Tenancy.runAs(nsmot, this::projectRecords);
	}

	/** The advocacy records the table asks for: one of each, dated 2016, with the Food Bank in the group. */
	record Advocacy(long institution, long group, long position, long meeting, long seat, long involvement,
			long proposal) {
	}

	private Advocacy advocacyRecords() {
		var institution = advocacyLists.addInstitution("Prieigos ministerija", null,
				InstitutionKind.MINISTRY, null);
		advocacyLists.addDirection("Prieigos kryptis", null);
		var group = workingGroups.create(new WorkingGroupData("Prieigos darbo grupė", null, null,
				List.of(new WorkingGroupData.MemberData(personId, organizationId,
						GroupRole.MEMBER, null, null))));
		var position = positions.create(new PositionData("Prieigos pozicija", null,
				DocumentKind.POSITION, group.id(), Set.of(institution.id()),
				Set.of(), null, null), LocalDate.of(2016, 1, 5));
		var meeting = meetings.create(new MeetingData(LocalDate.of(2016, 2, 1),
				institution.id(), "Prieigos susitikimas", null, null, null, null));
		var seat = seats.create(new SeatData(institution.id(), "Prieigos taryba", null,
				SeatRole.MEMBER, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), null));
		var involvement = events.create(new EventData(EventType.INVOLVEMENT_MEETING,
				"Prieigos įtraukimo susitikimas", null, null, null,
				OffsetDateTime.parse("2016-03-01T10:00:00+02:00"),
				OffsetDateTime.parse("2016-03-01T12:00:00+02:00"), EventFormat.LIVE, null,
				null, null, null, null, null, List.of(), null, false, 12, null, null));
		var proposal = proposals.record(involvement.id(), "Prieigos pasiūlymas", null, null, false);
		return new Advocacy(institution.id(), group.id(), position.id(), meeting.id(), seat.id(), involvement.id(),
				proposal.id());
	}

	List<Route> advocacyTable() {
		String n = "/n/nsmot";
		String a = "/api/v1/networks/nsmot";
		String position = n + "/positions/" + advocacy.position();
		String group = n + "/working-groups/" + advocacy.group();
		return List.of(
				page("GET", "/n/{slug}/positions", n + "/positions", Map.of(),          LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/positions/export.{format}", n + "/positions/export.csv", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/positions/new", n + "/positions/new", Map.of(),  LOGIN, 404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/positions", n + "/positions", Map.of("title", ""), LOGIN, 404, OK,   OK,    403,   403),
				page("GET", "/n/{slug}/positions/{id}", position, Map.of(),             LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/positions/{id}", position, Map.of("title", ""), LOGIN, 404,   OK,    OK,    403,   403),
				// sent already: allowed roles are sent back with the reason
				page("POST", "/n/{slug}/positions/{id}/send", position + "/send", Map.of("sentOn", "2016-01-05"),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/positions/{id}/outcome", position + "/outcome", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/positions/{id}/file", position + "/file", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/positions/{id}/file", position + "/file", Map.of(), LOGIN, 404, 404, 404, 404, 403),
				page("GET", "/n/{slug}/positions/{id}/trace", position + "/trace", Map.of(), LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/working-groups", n + "/working-groups", Map.of(), LOGIN, 404,  OK,    OK,    OK,    OK),
				page("POST", "/n/{slug}/working-groups", n + "/working-groups", Map.of("name", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/working-groups/{id}", group, Map.of(),           LOGIN, 404,   OK,    OK,    OK,    OK),
				page("POST", "/n/{slug}/working-groups/{id}", group, Map.of("name", ""), LOGIN, 404,  OK,    OK,    403,   403),
				page("POST", "/n/{slug}/working-groups/{id}/members", group + "/members", Map.of("version", "0"),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/working-groups/{id}/members/remove", group + "/members/remove",
						Map.of("version", "0", "index", "99"), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/working-groups/{id}/meetings", group + "/meetings", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/institutions", n + "/institutions", Map.of(),    LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/institutions", n + "/institutions", Map.of("name", ""), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/institutions/{id}", n + "/institutions/" + advocacy.institution(),
						Map.of("version", "-1", "name", ""), LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/advocacy-directions", n + "/advocacy-directions", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("POST", "/n/{slug}/advocacy-directions", n + "/advocacy-directions", Map.of("name", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/decision-maker-meetings", n + "/decision-maker-meetings", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/decision-maker-meetings/new", n + "/decision-maker-meetings/new", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/decision-maker-meetings", n + "/decision-maker-meetings", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/decision-maker-meetings/{id}", n + "/decision-maker-meetings/" + advocacy.meeting(),
						Map.of(), LOGIN, 404, OK, OK, OK, 403),
				page("POST", "/n/{slug}/decision-maker-meetings/{id}", n + "/decision-maker-meetings/" + advocacy.meeting(),
						Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/council-seats", n + "/council-seats", Map.of(),  LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/council-seats/new", n + "/council-seats/new", Map.of(), LOGIN, 404, OK, OK, 403,   403),
				page("POST", "/n/{slug}/council-seats", n + "/council-seats", Map.of(), LOGIN, 404,   OK,    OK,    403,   403),
				page("GET", "/n/{slug}/council-seats/{id}", n + "/council-seats/" + advocacy.seat(), Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("POST", "/n/{slug}/council-seats/{id}", n + "/council-seats/" + advocacy.seat(), Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/involvement", n + "/involvement", Map.of(),      LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/involvement/{eventId}", n + "/involvement/" + advocacy.involvement(), Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("POST", "/n/{slug}/involvement/{eventId}/proposals",
						n + "/involvement/" + advocacy.involvement() + "/proposals", Map.of("text", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/proposals/{id}", n + "/proposals/" + advocacy.proposal(), Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("POST", "/n/{slug}/proposals/{id}/positions", n + "/proposals/" + advocacy.proposal() + "/positions",
						Map.of(), LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/advocacy/stats", n + "/advocacy/stats", Map.of(), LOGIN, 404,  OK,    OK,    OK,    403),
				api("GET", "/api/v1/networks/{slug}/institutions", a + "/institutions", null, 401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/institutions", a + "/institutions",
						"{\"name\":\"Niekur\",\"kind\":\"MUNICIPALITY\",\"municipality\":\"LT-99\"}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/advocacy-directions", a + "/advocacy-directions", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/advocacy-directions", a + "/advocacy-directions",
						"{\"name\":\"Prieigos kryptis\"}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/working-groups", a + "/working-groups", null, 401, 404, OK, OK, OK, OK),
				api("GET", "/api/v1/networks/{slug}/working-groups/{id}", a + "/working-groups/" + advocacy.group(), null,
						401, 404, OK, OK, OK, OK),
				api("POST", "/api/v1/networks/{slug}/working-groups", a + "/working-groups",
						"{\"name\":\"Prieigos darbo grupė\"}", 401, 404, 400, 400, 403, 403),
				api("POST", "/api/v1/networks/{slug}/positions", a + "/positions",
						"{\"title\":\"Niekam\",\"kind\":\"LETTER\",\"addressees\":[999999]}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/positions", a + "/positions", null, 401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/positions/{id}", a + "/positions/" + advocacy.position(), null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/positions/{id}/send", a + "/positions/" + advocacy.position() + "/send",
						"{\"sentOn\":\"2016-01-05\"}", 401, 404, 409, 409, 403, 403),
				api("PATCH", "/api/v1/networks/{slug}/positions/{id}", a + "/positions/" + advocacy.position(),
						"{\"outcome\":\"ACCEPTED\",\"outcomeOn\":\"2000-01-01\"}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/positions/{id}/proposals",
						a + "/positions/" + advocacy.position() + "/proposals", null, 401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/decision-maker-meetings", a + "/decision-maker-meetings",
						"{\"heldOn\":\"2016-01-01\",\"institutionId\":999999,\"topic\":\"Niekur\"}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/decision-maker-meetings", a + "/decision-maker-meetings", null,
						401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/decision-maker-meetings/{id}",
						a + "/decision-maker-meetings/" + advocacy.meeting(), null, 401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/council-seats", a + "/council-seats",
						"{\"institutionId\":999999,\"body\":\"Niekur\",\"role\":\"MEMBER\",\"from\":\"2016-01-01\"}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/council-seats", a + "/council-seats", null, 401, 404, OK, OK, OK, 403),
				// a training is not an involvement meeting
				api("POST", "/api/v1/networks/{slug}/events/{eventId}/proposals", a + "/events/" + eventId + "/proposals",
						"{\"text\":\"Pasiūlymas\"}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/events/{eventId}/proposals",
						a + "/events/" + advocacy.involvement() + "/proposals", null, 401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/proposals/{id}", a + "/proposals/" + advocacy.proposal(), null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/proposals/{id}/positions/{positionId}",
						a + "/proposals/" + advocacy.proposal() + "/positions/999999", null, 401, 404, 404, 404, 403, 403),
				api("GET", "/api/v1/networks/{slug}/advocacy/stats", a + "/advocacy/stats", null, 401, 404, OK, OK, OK, 403));
	}

	/** The demo strategy's records the table asks for; nothing in the table changes them. */
	record Strategy(long id, long firstDirection, long lastDirection, long result, long manualIndicator,
			long manualValue) {
	}

	private Strategy strategyRecords() {
		var current = strategies.current().orElseThrow();
		var tree = strategies.tree(current.id());
		var manual = strategies.indicators(current.id())
			.stream()
			.filter(IndicatorView::manual)
			.findFirst()
			.orElseThrow();
		return new Strategy(current.id(), tree.get(0).id(), tree.get(tree.size() - 1).id(), manual.nodeId(), manual.id(),
				strategies.values(current.id(), manual.id()).get(0).id());
	}

	List<Route> strategyTable() {
		String n = "/n/nsmot";
		String a = "/api/v1/networks/nsmot";
		String s = n + "/strategies/" + strategy.id();
		String indicator = s + "/indicators/" + strategy.manualIndicator();
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/n/{slug}/strategy", n + "/strategy", Map.of(),            LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/strategy/report", n + "/strategy/report", Map.of(), LOGIN, 404, OK,   OK,    OK,    403),
				page("GET", "/n/{slug}/strategy/report.pdf", n + "/strategy/report.pdf", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/strategy/report.xlsx", n + "/strategy/report.xlsx", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/strategies", n + "/strategies", Map.of(),        LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/strategies", n + "/strategies", Map.of("title", ""), LOGIN, 404, OK, OK,    403,   403),
				page("GET", "/n/{slug}/strategies/{id}", s, Map.of(),                   LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/strategies/{id}", s, Map.of("title", ""),       LOGIN, 404,   OK,    OK,    403,   403),
				// current already: nothing changes
				page("POST", "/n/{slug}/strategies/{id}/current", s + "/current", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/strategies/{id}/nodes", s + "/nodes", Map.of("kind", "DIRECTION", "text", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/strategies/{id}/nodes/{nodeId}", s + "/nodes/" + strategy.firstDirection(),
						Map.of("version", "-1", "text", ""), LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				// under itself: a loop, refused
				page("POST", "/n/{slug}/strategies/{id}/nodes/{nodeId}/move",
						s + "/nodes/" + strategy.firstDirection() + "/move",
						Map.of("parentId", String.valueOf(strategy.firstDirection())), LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				// the first cannot go up, the last cannot go down
				page("POST", "/n/{slug}/strategies/{id}/nodes/{nodeId}/up", s + "/nodes/" + strategy.firstDirection() + "/up",
						Map.of(), LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/strategies/{id}/nodes/{nodeId}/down",
						s + "/nodes/" + strategy.lastDirection() + "/down", Map.of(), LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/strategies/{id}/nodes/{nodeId}/delete", s + "/nodes/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/strategies/{id}/nodes/{nodeId}/indicators/new",
						s + "/nodes/" + strategy.result() + "/indicators/new", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/strategies/{id}/nodes/{nodeId}/indicators",
						s + "/nodes/" + strategy.result() + "/indicators", Map.of("name", ""), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/strategies/{id}/indicators/{indicatorId}", indicator, Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("POST", "/n/{slug}/strategies/{id}/indicators/{indicatorId}", indicator, Map.of("name", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/strategies/{id}/indicators/{indicatorId}/delete", s + "/indicators/999999/delete",
						Map.of(), LOGIN, 404, 404, 404, 403, 403),
				// no date: refused
				page("POST", "/n/{slug}/strategies/{id}/indicators/{indicatorId}/values", indicator + "/values",
						Map.of("value", "5"), LOGIN, 404, OK, OK, 403, 403),
				// a value without a file
				page("GET", "/n/{slug}/strategies/{id}/indicators/{indicatorId}/values/{valueId}/evidence",
						indicator + "/values/" + strategy.manualValue() + "/evidence", Map.of(), LOGIN, 404, 404, 404, 404, 403),
				api("GET", "/api/v1/networks/{slug}/strategies/current", a + "/strategies/current", null,
						401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/metrics", a + "/metrics", null, 401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/metrics/{key}", a + "/metrics/events.held?from=2025-01-01&to=2025-12-31",
						null, 401, 404, OK, OK, OK, 403));
	}

	/** The demo's public NSMOT project, one of its activities and its funder; nothing in the table changes them. */
	record Project(long id, long activity, long funder) {
	}

	private Project projectRecords() {
		// the first public project with activities (other tests may add public projects without any)
		var demo = projects.list()
			.stream()
			.filter(project -> project.isPublic() && !projects.activities(project.id()).isEmpty())
			.findFirst()
			.orElseThrow();
		return new Project(demo.id(), projects.activities(demo.id()).get(0).id(), demo.funderId());
	}

	List<Route> projectsTable() {
		String n = "/n/nsmot";
		String a = "/api/v1/networks/nsmot";
		String p = n + "/projects/" + project.id();
		String ap = a + "/projects/" + project.id();
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/n/{slug}/projects", n + "/projects", Map.of(),            LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/projects/export.{format}", n + "/projects/export.xlsx", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/projects/new", n + "/projects/new", Map.of(),    LOGIN, 404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/projects", n + "/projects", Map.of("name", ""), LOGIN, 404,   OK,    OK,    403,   403),
				page("GET", "/n/{slug}/projects/{id}", p, Map.of(),                     LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/projects/{id}/edit", p + "/edit", Map.of(),      LOGIN, 404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/projects/{id}", p, Map.of("name", ""),          LOGIN, 404,   OK,    OK,    403,   403),
				// each refused for what is missing: nothing changes
				page("POST", "/n/{slug}/projects/{id}/extensions", p + "/extensions", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/events", p + "/events", Map.of(), LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/events/{eventId}/unlink", p + "/events/999999/unlink", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/activities", p + "/activities", Map.of("title", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/activities/{activityId}/done",
						p + "/activities/" + project.activity() + "/done", Map.of(), LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/activities/{activityId}/delete", p + "/activities/999999/delete",
						Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/indicators", p + "/indicators", Map.of("name", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/indicators/{indicatorId}/value", p + "/indicators/999999/value",
						Map.of("value", "1", "manualOn", "2022-08-01"), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/indicators/{indicatorId}/delete", p + "/indicators/999999/delete",
						Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/projects/{id}/budget", p + "/budget", Map.of(), LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/projects/{id}/budget/lines", p + "/budget/lines", Map.of("name", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/budget/expenses", p + "/budget/expenses", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/budget/expenses/{expenseId}/delete",
						p + "/budget/expenses/999999/delete", Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/projects/{id}/budget/import", p + "/budget/import", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/projects/{id}/report", p + "/report", Map.of(),  LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/projects/{id}/report.pdf", p + "/report.pdf", Map.of(), LOGIN, 404, OK, OK,  OK,    403),
				page("GET", "/n/{slug}/projects/{id}/report.xlsx", p + "/report.xlsx", Map.of(), LOGIN, 404, OK, OK, OK,   403),
				page("GET", "/n/{slug}/funders", n + "/funders", Map.of(),              LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/funders", n + "/funders", Map.of("name", ""),   LOGIN, 404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/funders/{id}/logo", n + "/funders/" + project.funder() + "/logo", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/funders/{id}/logo", n + "/funders/" + project.funder() + "/logo", Map.of(),
						LOGIN, 404, 404, 404, 404, 403),
				page("GET", "/n/{slug}/funding", n + "/funding", Map.of(),              LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/funding/export.{format}", n + "/funding/export.csv", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/public/projects", n + "/public/projects", Map.of(), OK,   OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/projects/{id}", n + "/public/projects/" + project.id(), Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/funders/{id}/logo", n + "/public/funders/" + project.funder() + "/logo",
						Map.of(), 404, 404, 404, 404, 404, 404),
				api("GET", "/api/v1/networks/{slug}/projects", a + "/projects", null,   401,   404,   OK,    OK,    OK,    403),
				api("POST", "/api/v1/networks/{slug}/projects", a + "/projects", "{\"name\":\"\"}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/projects/{id}", ap, null,           401,   404,   OK,    OK,    OK,    403),
				api("PUT", "/api/v1/networks/{slug}/projects/{id}", ap, "{\"name\":\"Be versijos\"}", 401, 404, 400, 400, 403, 403),
				api("POST", "/api/v1/networks/{slug}/projects/{id}/extensions", ap + "/extensions", "{\"reason\":\"\"}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/projects/{id}/extensions", ap + "/extensions", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/projects/{id}/events/{eventId}", ap + "/events/999999", null,
						401, 404, 404, 404, 403, 403),
				api("POST", "/api/v1/networks/{slug}/projects/{id}/activities", ap + "/activities", "{\"title\":\"\"}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/projects/{id}/indicators", ap + "/indicators", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/projects/{id}/indicators", ap + "/indicators", "{\"name\":\"\"}",
						401, 404, 400, 400, 403, 403),
				api("POST", "/api/v1/networks/{slug}/projects/{id}/budget-lines", ap + "/budget-lines", "{\"name\":\"\"}",
						401, 404, 400, 400, 403, 403),
				api("POST", "/api/v1/networks/{slug}/projects/{id}/expenses", ap + "/expenses", "{\"amount\":\"1.005\"}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/projects/{id}/report", ap + "/report", null, 401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/funders", a + "/funders", null,     401,   404,   OK,    OK,    OK,    403),
				api("POST", "/api/v1/networks/{slug}/funders", a + "/funders", "{\"name\":\"\"}", 401, 404, 400, 400, 403, 403));
	}

	List<Route> table() {
		List<Route> all = new ArrayList<>(coreTable());
		all.addAll(advocacyTable());
		all.addAll(strategyTable());
		all.addAll(projectsTable());
		Fixture fixture = new Fixture(context, organizationId);
		all.addAll(SupportRoutes.table(fixture));
		all.addAll(ReportsRoutes.table(fixture));
		all.addAll(PartnershipsRoutes.table(fixture));
		all.addAll(AwardsRoutes.table(fixture));
		all.addAll(NewslettersRoutes.table(fixture));
		all.addAll(VolunteeringRoutes.table(fixture));
		all.addAll(ConsentRoutes.table(fixture));
		all.addAll(PublishingRoutes.table(fixture));
		all.addAll(SearchRoutes.table(fixture));
		all.addAll(AccessLogRoutes.table(fixture));
		all.addAll(SessionRoutes.table(fixture));
		all.addAll(SecondFactorRoutes.table(fixture));
		all.addAll(ApiTokenRoutes.table(fixture));
		all.addAll(GrowthRoutes.table(fixture));
		all.addAll(RegisterExtractRoutes.table(fixture));
		return all;
	}

	List<Route> coreTable() {
		String staffRole = "/n/nsmot/users/" + staffRoleId;
		String adminRole = "/n/nsmot/users/" + adminRoleId;
		String person = "/n/nsmot/people/" + personId;
		String duplicatePerson = """
				{"firstName":"Ieva","lastName":"Žukauskaitė","email":"IEVA.zukauskaite@pavyzdys.lt"}""";
		String stalePerson = """
				{"firstName":"Ieva","lastName":"Žukauskaitė","email":"ieva.zukauskaite@pavyzdys.lt","version":-1}""";
		String event = "/n/nsmot/events/" + eventId;
		String organization = "/n/nsmot/organizations/" + organizationId;
		String application = "/n/nsmot/applications/" + applicationId;
		String otherOrganization = "/n/nsmot/organizations/" + (organizationId + 1);
		String apiApplication = "/api/v1/networks/nsmot/membership-applications/" + applicationId;
		String apiOrganization = "/api/v1/networks/nsmot/organizations/" + organizationId;
		String apiEvent = "/api/v1/networks/nsmot/events/" + eventId;
		String backwardsEvent = """
				{"type":"TRAINING","title":"Atgal","startsAt":"2026-03-01T12:00:00+02:00","endsAt":"2026-03-01T10:00:00+02:00"}""";
		String staleEvent = """
				{"type":"TRAINING","title":"Pasenęs","startsAt":"2025-01-23T10:00:00+02:00","endsAt":"2025-01-23T16:00:00+02:00","version":-1}""";
		String validSettings = """
				{"name":"NSMOT","letterNumberPattern":"NSMOT/{seq}","platformAdminMayRead":false,"version":-1}""";
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/", "/", Map.of(),                                          OK,     OK,    OK,    OK,    OK,    OK),
				page("GET", "/login", "/login", Map.of(),                                OK,     OK,    OK,    OK,    OK,    OK),
				page("GET", "/password-reset", "/password-reset", Map.of(),              OK,     OK,    OK,    OK,    OK,    OK),
				page("POST", "/password-reset", "/password-reset", Map.of("email", ""),  OK,     OK,    OK,    OK,    OK,    OK),
				page("GET", "/password-reset/{token}", "/password-reset/unknown", Map.of(), OK,  OK,    OK,    OK,    OK,    OK),
				page("POST", "/password-reset/{token}", "/password-reset/unknown", Map.of("password", ""),
						OK, OK, OK, OK, OK, OK),
				page("POST", "/language", "/language", Map.of("lang", "lt", "back", "/"), REDIRECT, REDIRECT, REDIRECT,
						REDIRECT, REDIRECT, REDIRECT),
				page("GET", "/account", "/account", Map.of(),                            LOGIN,  OK,    OK,    OK,    OK,    OK),
				page("POST", "/account/password", "/account/password", Map.of("current", ""), LOGIN, OK, OK, OK, OK, OK),
				page("GET", "/admin/networks", "/admin/networks", Map.of(),              LOGIN,  OK,    403,   403,   403,   403),
				page("POST", "/admin/networks", "/admin/networks", Map.of("slug", ""),   LOGIN,  OK,    403,   403,   403,   403),
				page("GET", "/admin/outbox", "/admin/outbox", Map.of(),                  LOGIN,  OK,    403,   403,   403,   403),
				page("GET", "/admin/people", "/admin/people?email=nera%40niekur.lt", Map.of(), LOGIN, OK, 403, 403, 403, 403),
				page("POST", "/admin/people/erasure", "/admin/people/erasure", Map.of("networkId", "999999", "personId", "1",
						"email", "nera@niekur.lt"), LOGIN, 403, 403, 403, 403, 403),
				page("GET", "/admin/processing", "/admin/processing", Map.of(),          LOGIN,  OK,    403,   403,   403,   403),
				page("GET", "/admin/processing.pdf", "/admin/processing.pdf", Map.of(),  LOGIN,  OK,    403,   403,   403,   403),
				// the network's people get its back office; anyone else is sent to its public site
				page("GET", "/n/{slug}", "/n/nsmot", Map.of(),                           REDIRECT, 404, OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/settings", "/n/nsmot/settings", Map.of(),         LOGIN,  404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/settings", "/n/nsmot/settings", Map.of("name", ""), LOGIN, 404, OK,    403,   403,   403),
				page("POST", "/n/{slug}/settings/retention", "/n/nsmot/settings/retention", Map.of("outboxBodyDays", "-1"),
						LOGIN, 404, OK, 403, 403, 403),
				// no file: the admin is shown the form again with the reason, and the logo stays
				page("POST", "/n/{slug}/settings/logo", "/n/nsmot/settings/logo", Map.of(), LOGIN, 404, OK, 403, 403, 403),
				// the logo is the public site's: anyone's
				page("GET", "/n/{slug}/public/logo", "/n/nsmot/public/logo", Map.of(),  OK,     OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/history", "/n/nsmot/history", Map.of(),          LOGIN,  404,   OK,    OK,    403,   403),
				page("GET", "/n/{slug}/users", "/n/nsmot/users", Map.of(),               LOGIN,  404,   OK,    403,   403,   403),
				page("POST", "/n/{slug}/users", "/n/nsmot/users", Map.of("email", ""),   LOGIN,  404,   OK,    403,   403,   403),
				page("GET", "/n/{slug}/users/{roleId}", staffRole, Map.of(),             LOGIN,  404,   OK,    403,   403,   403),
				page("POST", "/n/{slug}/users/{roleId}", staffRole, Map.of("role", ""),  LOGIN,  404,   OK,    403,   403,   403),
				// the only admin cannot be removed: the admin is sent back with the reason
				page("POST", "/n/{slug}/users/{roleId}/delete", adminRole + "/delete", Map.of(),
						LOGIN, 404, REDIRECT, 403, 403, 403),
				page("GET", "/n/{slug}/people", "/n/nsmot/people", Map.of(),            LOGIN,  404,   OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/people/new", "/n/nsmot/people/new", Map.of(),    LOGIN,  404,   OK,    OK,    403,   OK),
				// what a picker offers as one types: people to the staff only, organizations to all the network's users
				page("GET", "/n/{slug}/people/choices", "/n/nsmot/people/choices?q=ie", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/organizations/choices", "/n/nsmot/organizations/choices?q=ma", Map.of(),
						LOGIN, 404, OK, OK, OK, OK),
				page("POST", "/n/{slug}/people", "/n/nsmot/people", Map.of("firstName", ""), LOGIN, 404, OK,   OK,    403,   OK),
				// a member representative sees only their organization's people: others do not exist for them
				page("GET", "/n/{slug}/people/{id}", person, Map.of(),                   LOGIN,  404,   OK,    OK,    OK,    404),
				page("POST", "/n/{slug}/people/{id}", person, Map.of("firstName", ""),   LOGIN,  404,   OK,    OK,    403,   404),
				// a person's data on request: the keepers only; an erasure without a reference changes nothing
				page("GET", "/n/{slug}/people/{id}/export.json", person + "/export.json", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/people/{id}/export.pdf", person + "/export.pdf", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/people/{id}/erasure", person + "/erasure", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/people/inactive", "/n/nsmot/people/inactive", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/people/{id}/keep", person + "/keep", Map.of("reason", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/people/{id}/erasure", person + "/erasure", Map.of("reference", ""),
						LOGIN, 404, OK, OK, 403, 403),
				api("GET", "/api/v1/networks/{slug}/people/{id}/export", "/api/v1/networks/nsmot/people/" + personId
						+ "/export", null, 401, 404, OK, OK, 403, 403),
				api("POST", "/api/v1/networks/{slug}/people/{id}/erasure", "/api/v1/networks/nsmot/people/" + personId
						+ "/erasure", "{}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/people", "/api/v1/networks/nsmot/people", null,
						401, 404, OK, OK, OK, OK),
				api("POST", "/api/v1/networks/{slug}/people", "/api/v1/networks/nsmot/people", duplicatePerson,
						401, 404, 400, 400, 403, 400),
				api("GET", "/api/v1/networks/{slug}/people/{id}", "/api/v1/networks/nsmot/people/" + personId, null,
						401, 404, OK, OK, OK, 404),
				api("PUT", "/api/v1/networks/{slug}/people/{id}", "/api/v1/networks/nsmot/people/" + personId,
						stalePerson, 401, 404, 409, 409, 403, 404),
				page("GET", "/n/{slug}/organizations", "/n/nsmot/organizations", Map.of(), LOGIN, 404, OK,   OK,    OK,    OK),
				page("GET", "/n/{slug}/organizations/map", "/n/nsmot/organizations/map", Map.of(), LOGIN, 404, OK, OK, OK, OK),
				page("GET", "/n/{slug}/organizations/import", "/n/nsmot/organizations/import", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				// without a file: allowed roles see the form say so
				page("POST", "/n/{slug}/organizations/import", "/n/nsmot/organizations/import", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/organizations/import/template.{format}",
						"/n/nsmot/organizations/import/template.csv", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/organizations/export.{format}", "/n/nsmot/organizations/export.xlsx", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/organizations/register", "/n/nsmot/organizations/register", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/organizations/register", "/n/nsmot/organizations/register", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/organizations/new", "/n/nsmot/organizations/new", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/organizations", "/n/nsmot/organizations", Map.of("name", ""), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/organizations/{id}", organization, Map.of(),     LOGIN,  404,   OK,    OK,    OK,    OK),
				// the member representative speaks for the Food Bank, so may keep its profile
				page("POST", "/n/{slug}/organizations/{id}", organization, Map.of("name", ""), LOGIN, 404, OK, OK,  403,   OK),
				page("POST", "/n/{slug}/organizations/{id}", otherOrganization, Map.of("name", ""), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/organizations/{id}/membership", organization + "/membership", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/organizations/{id}/delete", "/n/nsmot/organizations/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				api("GET", "/api/v1/networks/{slug}/organizations", "/api/v1/networks/nsmot/organizations", null,
						401, 404, OK, OK, OK, OK),
				api("POST", "/api/v1/networks/{slug}/organizations", "/api/v1/networks/nsmot/organizations",
						"{\"legalCode\":\"110003970\",\"name\":\"Bloga\"}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/organizations/{id}", apiOrganization, null, 401, 404, OK, OK, OK, OK),
				api("PUT", "/api/v1/networks/{slug}/organizations/{id}", apiOrganization,
						"{\"legalCode\":\"" + organizationCode + "\",\"name\":\"Pasenęs\",\"version\":-1}",
						401, 404, 409, 409, 403, 403),
				api("DELETE", "/api/v1/networks/{slug}/organizations/{id}", "/api/v1/networks/nsmot/organizations/999999",
						null, 401, 404, 404, 404, 403, 403),
				api("GET", "/api/v1/networks/{slug}/organizations/{id}/membership", apiOrganization + "/membership", null,
						401, 404, OK, OK, OK, OK),
				api("POST", "/api/v1/networks/{slug}/organizations/{id}/membership-changes",
						apiOrganization + "/membership-changes", "{\"change\":\"ACCEPTED\",\"on\":\"2020-01-01\"}",
						401, 404, 400, 400, 403, 403),
				page("GET", "/n/{slug}/public/apply", "/n/nsmot/public/apply", Map.of(),  OK,     OK,    OK,    OK,    OK,    OK),
				page("POST", "/n/{slug}/public/apply", "/n/nsmot/public/apply", Map.of("legalCode", ""), OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/members", "/n/nsmot/public/members", Map.of(), OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/applications", "/n/nsmot/applications", Map.of(), LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/applications/{id}", application, Map.of(),       LOGIN,  404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/applications/{id}/decision", application + "/decision", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, REDIRECT, 403),
				api("POST", "/api/v1/networks/{slug}/membership-applications",
						"/api/v1/networks/nsmot/membership-applications", "{\"legalCode\":\"110003970\"}",
						400, 400, 400, 400, 400, 400),
				api("GET", "/api/v1/networks/{slug}/membership-applications",
						"/api/v1/networks/nsmot/membership-applications", null, 401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/membership-applications/{id}", apiApplication, null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/membership-applications/{id}/decision", apiApplication + "/decision",
						"{}", 401, 404, 400, 400, 400, 403),
				page("GET", "/n/{slug}/events", "/n/nsmot/events", Map.of(),            LOGIN,  404,   OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/events/new", "/n/nsmot/events/new", Map.of(),    LOGIN,  404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/events", "/n/nsmot/events", Map.of("title", ""), LOGIN,  404,   OK,    OK,    403,   403),
				page("GET", "/n/{slug}/events/{id}", event, Map.of(),                    LOGIN,  404,   OK,    OK,    OK,    OK),
				page("POST", "/n/{slug}/events/{id}", event, Map.of("title", ""),        LOGIN,  404,   OK,    OK,    403,   403),
				// an event that does not exist: allowed roles reach the handler and get 404
				page("POST", "/n/{slug}/events/{id}/cancel", "/n/nsmot/events/999999/cancel", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/events/{id}/participants", event + "/participants", Map.of("email", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, REDIRECT),
				page("POST", "/n/{slug}/events/{id}/participants/{personId}", "/n/nsmot/events/999999/participants/"
						+ attendeeId, Map.of("status", "ABSENT"), LOGIN, 404, 404, 404, 403, 404),
				page("POST", "/n/{slug}/events/{id}/attendance", event + "/attendance", Map.of("status", "REGISTERED"),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/events/{id}/attendance/import", event + "/attendance/import", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				// nobody listed: allowed roles are sent back with the reason
				page("POST", "/n/{slug}/events/{id}/attendance/marks", event + "/attendance/marks", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				// the attendee works for another organization than the member representative's
				page("GET", "/n/{slug}/events/{id}/certificates/{personId}.pdf", event + "/certificates/" + attendeeId + ".pdf",
						Map.of(), LOGIN, 404, OK, OK, 403, 404),
				page("GET", "/n/{slug}/events/{id}/certificates.zip", event + "/certificates.zip", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/public/certificates/{token}.pdf", "/n/nsmot/public/certificates/nezinomas.pdf",
						Map.of(), 404, 404, 404, 404, 404, 404),
				// no segment chosen: allowed roles are sent back with the reason
				page("POST", "/n/{slug}/events/{id}/invitations", event + "/invitations", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/public/invitations/{token}", "/n/nsmot/public/invitations/nezinomas", Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/public/invitations/{token}", "/n/nsmot/public/invitations/nezinomas", Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/events/{id}/materials", event + "/materials", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/events/{id}/materials/{materialId}", event + "/materials/999999", Map.of(),
						LOGIN, 404, 404, 404, 404, 404),
				page("POST", "/n/{slug}/events/{id}/materials/{materialId}/delete", event + "/materials/999999/delete",
						Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/events/{id}/feedback-requests", "/n/nsmot/events/999999/feedback-requests",
						Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/public/feedback/{token}", "/n/nsmot/public/feedback/nezinomas", Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/public/feedback/{token}", "/n/nsmot/public/feedback/nezinomas",
						Map.of("rating", "5"), OK, OK, OK, OK, OK, OK),
				// an expired link asks for a new one without signing in; an unknown one gets the same answer
				page("POST", "/n/{slug}/public/feedback/{token}/renew", "/n/nsmot/public/feedback/nezinomas/renew",
						Map.of(), OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/events/{id}/feedback", event + "/feedback", Map.of("rating", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/events/{id}/calendar.ics", event + "/calendar.ics", Map.of(),
						LOGIN, 404, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/events.ics", "/n/nsmot/public/events.ics", Map.of(), OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/events/{id}", "/n/nsmot/public/events/" + publicEventId, Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/public/events/{id}", "/n/nsmot/public/events/" + publicEventId,
						Map.of("email", "ne-adresas"), OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/registrations/{token}", "/n/nsmot/public/registrations/nezinomas", Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/public/registrations/{token}", "/n/nsmot/public/registrations/nezinomas",
						Map.of(), OK, OK, OK, OK, OK, OK),
				// a person's own data: anyone asks by e-mail; a link unknown, used or expired leads back to its page
				page("GET", "/n/{slug}/public/my-data", "/n/nsmot/public/my-data", Map.of(), OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/public/my-data", "/n/nsmot/public/my-data", Map.of("email", "ne-adresas"),
						OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/my-data/{token}", "/n/nsmot/public/my-data/nezinoma", Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/public/my-data/{token}", "/n/nsmot/public/my-data/nezinoma", Map.of(),
						303, 303, 303, 303, 303, 303),
				page("GET", "/n/{slug}/events/calendar", "/n/nsmot/events/calendar?month=2025-01", Map.of(),
						LOGIN, 404, OK, OK, OK, OK),
				page("GET", "/n/{slug}/events/stats", "/n/nsmot/events/stats", Map.of(), LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/events/tags", "/n/nsmot/events/tags", Map.of(),  LOGIN,  404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/events/tags", "/n/nsmot/events/tags", Map.of("name", ""), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/metrics/{key}", "/n/nsmot/metrics/events.held?from=2025-01-01&to=2025-12-31",
						Map.of(), LOGIN, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/events", "/api/v1/networks/nsmot/events", null,
						401, 404, OK, OK, OK, OK),
				api("POST", "/api/v1/networks/{slug}/events", "/api/v1/networks/nsmot/events", backwardsEvent,
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/events/stats", "/api/v1/networks/nsmot/events/stats", null,
						401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/events/{id}", apiEvent, null,       401,    404,   OK,    OK,    OK,    OK),
				api("PUT", "/api/v1/networks/{slug}/events/{id}", apiEvent, staleEvent, 401,    404,   409,   409,   403,   403),
				api("POST", "/api/v1/networks/{slug}/events/{id}/cancel", "/api/v1/networks/nsmot/events/999999/cancel",
						null, 401, 404, 404, 404, 403, 403),
				api("GET", "/api/v1/networks/{slug}/events/{id}/participants", apiEvent + "/participants", null,
						401, 404, OK, OK, OK, OK),
				api("POST", "/api/v1/networks/{slug}/events/{id}/participants", apiEvent + "/participants",
						"{\"personId\":" + attendeeId + "}", 401, 404, 409, 409, 403, 404),
				api("PATCH", "/api/v1/networks/{slug}/events/{id}/participants/{personId}",
						"/api/v1/networks/nsmot/events/999999/participants/" + attendeeId, "{\"status\":\"ABSENT\"}",
						401, 404, 404, 404, 403, 404),
				// feedback on an attendee's behalf is the staff's; attendees answer through their mailed link
				api("POST", "/api/v1/networks/{slug}/events/{id}/feedback", apiEvent + "/feedback", "{\"rating\":0}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/me", "/api/v1/me", null,                             401,    OK,    OK,    OK,    OK,    OK),
				api("GET", "/api/v1/networks", "/api/v1/networks", null,                 401,    OK,    OK,    OK,    OK,    OK),
				api("POST", "/api/v1/networks", "/api/v1/networks",
						"{\"slug\":\"NOT VALID\",\"name\":\"x\",\"adminEmail\":\"a@b.lt\"}", 401, 400, 403, 403, 403, 403),
				api("GET", "/api/v1/networks/{slug}/settings", "/api/v1/networks/nsmot/settings", null,
						401, 404, OK, OK, OK, OK),
				api("PUT", "/api/v1/networks/{slug}/settings", "/api/v1/networks/nsmot/settings", validSettings,
						401, 404, 409, 403, 403, 403),
				api("GET", "/api/v1/networks/{slug}/retention", "/api/v1/networks/nsmot/retention", null,
						401, 404, OK, OK, 403, 403),
				// the body is checked before the role: the defaults, which change nothing, reach the role check
				api("PUT", "/api/v1/networks/{slug}/retention", "/api/v1/networks/nsmot/retention",
						"{\"outboxBodyDays\":90,\"unconfirmedRegistrationDays\":30,\"feedbackLinkDays\":180}",
						401, 404, OK, 403, 403, 403));
	}

	@Test
	void everyRoleGetsExactlyWhatTheTableSays() {
		List<String> wrong = new ArrayList<>();
		for (Route route : table()) {
			for (Who who : Who.values()) {
				int expected = route.expected().get(who);
				int actual = route.isApi() ? callApi(route, who) : callPage(route, who);
				if (actual != expected) {
					wrong.add("%s %s as %s: expected %s, got %s".formatted(route.method(), route.path(), who,
							describe(expected), describe(actual)));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyRouteThatExistsIsInTheTable() {
		Set<String> existing = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("lt.tinklas")) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				entry.getKey().getMethodsCondition().getMethods().forEach(method -> existing.add(method + " " + pattern));
			}
		}
		Set<String> inTable = table().stream()
			.map(route -> route.method() + " " + route.pattern())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(inTable).containsExactlyInAnyOrderElementsOf(existing);
	}

	private int callPage(Route route, Who who) {
		WebSession session = sessions.get(who);
		WebSession.Page page = route.method().equals("GET") ? session.get(route.path())
				: session.post("/", route.path(), route.form());
		if (page.status() == 302 && page.location().endsWith("/login")) {
			return LOGIN;
		}
		return page.status();
	}

	private int callApi(Route route, Who who) {
		return apis.get(who).send(route.method(), route.path(), route.json()).status();
	}

	private static String describe(int code) {
		return code == LOGIN ? "sign-in redirect" : String.valueOf(code);
	}

	private static long roleOf(List<Users.NetworkUser> all, String email) {
		return all.stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow().roleId();
	}

}
