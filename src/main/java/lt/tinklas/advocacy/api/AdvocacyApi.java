package lt.tinklas.advocacy.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.InstitutionKind;
import lt.tinklas.advocacy.MeetingData;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.advocacy.PositionData;
import lt.tinklas.advocacy.SeatData;
import lt.tinklas.advocacy.WorkingGroupData;
import lt.tinklas.advocacy.application.AdvocacyLists;
import lt.tinklas.advocacy.application.AdvocacyStatistics;
import lt.tinklas.advocacy.application.AdvocacyStats;
import lt.tinklas.advocacy.application.CouncilSeats;
import lt.tinklas.advocacy.application.DecisionMakerMeetings;
import lt.tinklas.advocacy.application.DirectionView;
import lt.tinklas.advocacy.application.InstitutionView;
import lt.tinklas.advocacy.application.InvolvementProposals;
import lt.tinklas.advocacy.application.MeetingView;
import lt.tinklas.advocacy.application.Period;
import lt.tinklas.advocacy.application.PositionView;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.advocacy.application.ProposalView;
import lt.tinklas.advocacy.application.SeatView;
import lt.tinklas.advocacy.application.WorkingGroupView;
import lt.tinklas.advocacy.application.WorkingGroups;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}")
@Tag(name = "Working groups and advocacy")
class AdvocacyApi {

	private final AdvocacyLists lists;
	private final WorkingGroups groups;
	private final Positions positions;
	private final DecisionMakerMeetings meetings;
	private final CouncilSeats seats;
	private final InvolvementProposals proposals;
	private final AdvocacyStatistics statistics;
	private final PeopleAccess access;

	AdvocacyApi(AdvocacyLists lists, WorkingGroups groups, Positions positions, DecisionMakerMeetings meetings,
			CouncilSeats seats, InvolvementProposals proposals, AdvocacyStatistics statistics, PeopleAccess access) {
		this.lists = lists;
		this.groups = groups;
		this.positions = positions;
		this.meetings = meetings;
		this.seats = seats;
		this.proposals = proposals;
		this.statistics = statistics;
		this.access = access;
	}

	// institutions and directions

	@GetMapping("/institutions")
	@Readers
	@Operation(summary = "The institutions the network keeps, in Lithuanian alphabetical order")
	List<InstitutionView> institutions() {
		return lists.institutions();
	}

	record InstitutionBody(@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameEn,
			@NotNull InstitutionKind kind, String municipality) {
	}

	@PostMapping("/institutions")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add an institution",
			description = "kind: MINISTRY, SEIMAS_COMMITTEE, GOVERNMENT, PRESIDENT_OFFICE, MUNICIPALITY, AGENCY, EU_BODY, OTHER; municipality is an ISO code such as LT-13 when the institution is a municipality.")
	ResponseEntity<InstitutionView> addInstitution(@PathVariable String slug, @Valid @RequestBody InstitutionBody body) {
		InstitutionView created = lists.addInstitution(body.name(), body.nameEn(), body.kind(), body.municipality());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/institutions/" + created.id()))
			.body(created);
	}

	@GetMapping("/advocacy-directions")
	@Readers
	@Operation(summary = "The network's priority advocacy directions, in its order")
	List<DirectionView> directions() {
		return lists.directions();
	}

	record DirectionBody(@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameEn) {
	}

	@PostMapping("/advocacy-directions")
	@Keepers
	@Operation(summary = "Add a priority direction")
	@ResponseStatus(HttpStatus.CREATED)
	DirectionView addDirection(@Valid @RequestBody DirectionBody body) {
		return lists.addDirection(body.name(), body.nameEn());
	}

	// working groups

	@GetMapping("/working-groups")
	@AnyNetworkRole
	@Operation(summary = "Working groups with their members",
			description = "A member representative gets the groups where people of their organization are members today.")
	List<WorkingGroupView> workingGroups(@AuthenticationPrincipal SignedInUser user) {
		Long organization = access.limitedTo(user);
		return organization == null ? groups.list() : groups.withMembersFrom(organization);
	}

	@GetMapping("/working-groups/{id}")
	@AnyNetworkRole
	@Operation(summary = "One working group")
	WorkingGroupView workingGroup(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Long organization = access.limitedTo(user);
		if (organization != null && groups.withMembersFrom(organization).stream().noneMatch(g -> g.id() == id)) {
			throw new NotFoundException("Working group");
		}
		return groups.get(id);
	}

	@PostMapping("/working-groups")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add a working group",
			description = "members: [{personId, organizationId, role: COORDINATOR|MEMBER, from, until}], optional.")
	ResponseEntity<WorkingGroupView> addWorkingGroup(@PathVariable String slug,
			@Valid @RequestBody WorkingGroupData body) {
		WorkingGroupView created = groups.create(body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/working-groups/" + created.id()))
			.body(created);
	}

	// positions and letters

	record PositionBody(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String summary,
			@NotNull DocumentKind kind, LocalDate sentOn, Set<Long> addressees, Set<Long> directions,
			Long workingGroupId, Long followsPositionId, Long followsMeetingId) {
	}

	@PostMapping("/positions")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Draft or send a position or letter",
			description = "kind: POSITION, LETTER, PROPOSAL, APPEAL, COMMENT_ON_DRAFT_LAW. With sentOn the document is sent and gets the next register number of the network's pattern (number); without it, it stays a draft. addressees are institution ids, directions advocacy direction ids.")
	ResponseEntity<PositionView> createPosition(@PathVariable String slug, @Valid @RequestBody PositionBody body) {
		PositionView created = positions.create(new PositionData(body.title(), body.summary(), body.kind(),
				body.workingGroupId(), body.addressees(), body.directions(), body.followsPositionId(),
				body.followsMeetingId()), body.sentOn());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/positions/" + created.id()))
			.body(created);
	}

	@GetMapping("/positions")
	@Readers
	@Operation(summary = "Documents sent in a period",
			description = "from and to default to the current year; outcome: PENDING, NO_RESPONSE, REJECTED, PARTLY_ACCEPTED, ACCEPTED.")
	List<PositionView> positions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Outcome outcome) {
		Period period = Period.orThisYear(from, to);
		return positions.sent(period.from(), period.to(), outcome, null, null, null);
	}

	@GetMapping("/positions/{id}")
	@Readers
	@Operation(summary = "One position or letter")
	PositionView position(@PathVariable long id) {
		return positions.get(id);
	}

	record SendBody(@NotNull LocalDate sentOn) {
	}

	@PostMapping("/positions/{id}/send")
	@Keepers
	@Operation(summary = "Send a draft", description = "It gets the next register number of sentOn; a document already sent is refused with 409.")
	PositionView send(@PathVariable long id, @Valid @RequestBody SendBody body) {
		return positions.send(id, body.sentOn());
	}

	record OutcomeBody(@NotNull Outcome outcome, LocalDate outcomeOn, @Size(max = 4000) String outcomeNote) {
	}

	@PatchMapping("/positions/{id}")
	@Keepers
	@Operation(summary = "Record the outcome of a document sent",
			description = "outcome: PENDING, NO_RESPONSE, REJECTED, PARTLY_ACCEPTED, ACCEPTED; outcomeOn is required except for PENDING and cannot be before the sending date.")
	PositionView recordOutcome(@PathVariable long id, @Valid @RequestBody OutcomeBody body) {
		return positions.recordOutcome(id, body.outcome(), body.outcomeOn(), body.outcomeNote());
	}

	@GetMapping("/positions/{id}/proposals")
	@Readers
	@Operation(summary = "The proposals from involvement meetings behind a position")
	List<ProposalView> proposalsBehind(@PathVariable long id) {
		positions.get(id);
		return proposals.behind(id);
	}

	// meetings with decision makers

	@PostMapping("/decision-maker-meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record a meeting with decision makers",
			description = "officials and representatives are person ids; directions are advocacy direction ids; agreed is what was agreed.")
	ResponseEntity<MeetingView> addMeeting(@PathVariable String slug, @Valid @RequestBody MeetingData body) {
		MeetingView created = meetings.create(body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/decision-maker-meetings/" + created.id()))
			.body(created);
	}

	@GetMapping("/decision-maker-meetings")
	@Readers
	@Operation(summary = "Meetings with decision makers held in a period", description = "from and to default to the current year.")
	List<MeetingView> meetings(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Period period = Period.orThisYear(from, to);
		return meetings.heldBetween(period.from(), period.to());
	}

	@GetMapping("/decision-maker-meetings/{id}")
	@Readers
	@Operation(summary = "One meeting with decision makers")
	MeetingView meeting(@PathVariable long id) {
		return meetings.get(id);
	}

	// seats

	@PostMapping("/council-seats")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record a seat in a national body",
			description = "role: MEMBER, OBSERVER, CHAIR, DEPUTY; until is empty while the seat is held; act is the act that appointed the representative.")
	ResponseEntity<SeatView> addSeat(@PathVariable String slug, @Valid @RequestBody SeatData body) {
		SeatView created = seats.create(body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/council-seats/" + created.id()))
			.body(created);
	}

	@GetMapping("/council-seats")
	@Readers
	@Operation(summary = "Seats held on a day (on, default today) or during a year (year)")
	List<SeatView> seats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer year) {
		if (year != null) {
			return seats.heldDuring(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		return seats.heldOn(on == null ? LocalDate.now(Formats.VILNIUS) : on);
	}

	// proposals from involvement meetings

	record ProposalBody(@NotBlank @Size(max = 4000) String text, @Size(max = 200) String theme, String municipality,
			Boolean confirmNoPersonalData) {
	}

	@PostMapping("/events/{eventId}/proposals")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record an experience or proposal raised at an involvement meeting",
			description = "The event must be an INVOLVEMENT_MEETING. Never names or contacts of the people: a text that looks like it holds an e-mail, a phone number or a personal code is refused with 400 unless confirmNoPersonalData is true. municipality is an ISO code such as LT-13.")
	ResponseEntity<ProposalView> addProposal(@PathVariable String slug, @PathVariable long eventId,
			@Valid @RequestBody ProposalBody body) {
		ProposalView created = proposals.record(eventId, body.text(), body.theme(), body.municipality(),
				Boolean.TRUE.equals(body.confirmNoPersonalData()));
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/proposals/" + created.id()))
			.body(created);
	}

	@GetMapping("/events/{eventId}/proposals")
	@Readers
	@Operation(summary = "The proposals recorded at an involvement meeting")
	List<ProposalView> proposalsOf(@PathVariable long eventId) {
		return proposals.ofEvent(eventId);
	}

	@GetMapping("/proposals/{id}")
	@Readers
	@Operation(summary = "One proposal with the positions it went into")
	ProposalView proposal(@PathVariable long id) {
		return proposals.get(id);
	}

	@PostMapping("/proposals/{id}/positions/{positionId}")
	@Keepers
	@Operation(summary = "Record that a proposal went into a position", description = "Recording it twice changes nothing.")
	ProposalView link(@PathVariable long id, @PathVariable long positionId) {
		return proposals.link(id, positionId);
	}

	// statistics

	@GetMapping("/advocacy/stats")
	@Readers
	@Operation(summary = "Advocacy figures of a period",
			description = "Documents sent by kind, outcome, direction and institution; answered and accepted (partly or fully) with the accepted share in percent; meetings with decision makers; seats held; involvement meetings, people present, proposals and those that reached a position. from and to default to the current year.")
	AdvocacyStats stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Period period = Period.orThisYear(from, to);
		return statistics.of(period.from(), period.to());
	}
}
