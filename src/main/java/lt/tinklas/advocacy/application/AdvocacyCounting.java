package lt.tinklas.advocacy.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.web.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where advocacy records are counted, for the metrics and the statistics. A document
 * counts in the period it was sent; a seat in every period it was held on some day of; a cancelled
 * involvement meeting counts nowhere.
 */
@Service
class AdvocacyCounting {

	private final Positions positions;
	private final DecisionMakerMeetings meetings;
	private final CouncilSeats seats;
	private final InvolvementProposals proposals;
	private final AdvocacyLists lists;
	private final Events events;
	private final NetworkLookup networks;

	AdvocacyCounting(Positions positions, DecisionMakerMeetings meetings, CouncilSeats seats,
			InvolvementProposals proposals, AdvocacyLists lists, Events events, NetworkLookup networks) {
		this.positions = positions;
		this.meetings = meetings;
		this.seats = seats;
		this.proposals = proposals;
		this.lists = lists;
		this.events = events;
		this.networks = networks;
	}

	@Transactional(readOnly = true)
	public MetricResult compute(String key, MetricQuery query) {
		String base = "/n/" + networks.slugOf(query.networkId());
		Long direction = id(query.parameter("direction"));
		Long institution = id(query.parameter("institution"));
		return switch (key) {
			case "advocacy.positionsSent" -> {
				List<PositionView> sent = positions.sent(query.from(), query.to(),
						enumOf(Outcome.class, query.parameter("outcome")), enumOf(DocumentKind.class, query.parameter("kind")),
						direction, institution);
				yield new MetricResult(BigDecimal.valueOf(sent.size()), positionEvidence(sent, base));
			}
			case "advocacy.institutionsAddressed" -> {
				// an institution counts once however many positions and letters it was sent
				Map<Long, String> institutions = lists.institutionNames("lt");
				Map<Long, PositionView> first = new LinkedHashMap<>();
				positions.sent(query.from(), query.to(), null, null, direction, null)
					.stream()
					.sorted(Comparator.comparing(PositionView::sentOn))
					.forEach(p -> p.addressees().forEach(a -> first.putIfAbsent(a, p)));
				yield new MetricResult(BigDecimal.valueOf(first.size()), first.entrySet()
					.stream()
					.map(e -> new MetricResult.Evidence(e.getValue().sentOn(),
							institutions.get(e.getKey()) + ": " + e.getValue().number() + " " + e.getValue().title(),
							base + "/positions/" + e.getValue().id()))
					.toList());
			}
			case "advocacy.acceptedShare" -> {
				List<PositionView> answered = positions
					.sent(query.from(), query.to(), null, enumOf(DocumentKind.class, query.parameter("kind")), direction,
							institution)
					.stream()
					.filter(p -> p.outcome().answered())
					.toList();
				long accepted = answered.stream().filter(p -> p.outcome().accepted()).count();
				yield new MetricResult(share(accepted, answered.size()), positionEvidence(answered, base));
			}
			case "advocacy.decisionMakerMeetings" -> {
				Map<Long, String> institutions = lists.institutionNames("lt");
				List<MeetingView> held = meetings.heldBetween(query.from(), query.to())
					.stream()
					.filter(m -> institution == null || m.institutionId() == institution)
					.filter(m -> direction == null || m.directions().contains(direction))
					.toList();
				yield new MetricResult(BigDecimal.valueOf(held.size()), held.stream()
					.map(m -> new MetricResult.Evidence(m.heldOn(),
							institutions.get(m.institutionId()) + ": " + m.topic(),
							base + "/decision-maker-meetings/" + m.id()))
					.toList());
			}
			case "advocacy.seatsHeld" -> {
				Map<Long, String> institutions = lists.institutionNames("lt");
				List<SeatView> held = seats.heldDuring(query.from(), query.to());
				yield new MetricResult(BigDecimal.valueOf(held.size()), held.stream()
					.map(s -> new MetricResult.Evidence(s.from(), s.body() + " (" + institutions.get(s.institutionId()) + ")",
							base + "/council-seats/" + s.id()))
					.toList());
			}
			case "advocacy.involvementMeetings", "advocacy.peoplePresent" -> {
				List<EventView> held = involvementMeetings(query);
				long value = key.equals("advocacy.involvementMeetings") ? held.size()
						: held.stream().mapToLong(e -> e.headcount() == null ? 0 : e.headcount()).sum();
				yield new MetricResult(BigDecimal.valueOf(value), held.stream()
					.map(e -> new MetricResult.Evidence(e.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate(),
							e.title() + (e.headcount() == null ? "" : " (" + e.headcount() + ")"),
							base + "/involvement/" + e.id()))
					.toList());
			}
			case "advocacy.proposals", "advocacy.proposalsInPositions" -> {
				List<MetricResult.Evidence> evidence = new ArrayList<>();
				for (EventView event : involvementMeetings(query)) {
					LocalDate day = event.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate();
					for (ProposalView proposal : proposals.ofEvent(event.id())) {
						if (key.equals("advocacy.proposals") || !proposal.positionIds().isEmpty()) {
							evidence.add(new MetricResult.Evidence(day, shorten(proposal.text()),
									base + "/proposals/" + proposal.id()));
						}
					}
				}
				yield new MetricResult(BigDecimal.valueOf(evidence.size()), evidence);
			}
			default -> throw new IllegalArgumentException("Unknown metric " + key);
		};
	}

	/** Every figure of the period at once, for the statistics page and the API. */
	@Transactional(readOnly = true)
	public AdvocacyStats stats(long networkId, LocalDate from, LocalDate to) {
		MetricQuery query = new MetricQuery(networkId, from, to, Map.of());
		List<PositionView> sent = positions.sent(from, to, null, null, null, null);
		Map<DocumentKind, Long> byKind = new EnumMap<>(DocumentKind.class);
		Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
		for (DocumentKind kind : DocumentKind.values()) {
			byKind.put(kind, sent.stream().filter(p -> p.kind() == kind).count());
		}
		for (Outcome outcome : Outcome.values()) {
			byOutcome.put(outcome, sent.stream().filter(p -> p.outcome() == outcome).count());
		}
		Map<String, Long> byDirection = new LinkedHashMap<>();
		lists.directions().forEach(d -> byDirection.put(d.name(),
				sent.stream().filter(p -> p.directions().contains(d.id())).count()));
		Map<String, Long> byInstitution = new LinkedHashMap<>();
		lists.institutions().forEach(i -> {
			long count = sent.stream().filter(p -> p.addressees().contains(i.id())).count();
			if (count > 0) {
				byInstitution.put(i.name(), count);
			}
		});
		long answered = sent.stream().filter(p -> p.outcome().answered()).count();
		long accepted = sent.stream().filter(p -> p.outcome().accepted()).count();
		List<EventView> involvement = involvementMeetings(query);
		long proposalCount = 0;
		long reached = 0;
		for (EventView event : involvement) {
			for (ProposalView proposal : proposals.ofEvent(event.id())) {
				proposalCount++;
				if (!proposal.positionIds().isEmpty()) {
					reached++;
				}
			}
		}
		return new AdvocacyStats(sent.size(), byKind, byOutcome, byDirection, byInstitution, answered, accepted,
				share(accepted, answered), meetings.heldBetween(from, to).size(), seats.heldDuring(from, to).size(),
				involvement.size(), involvement.stream().mapToLong(e -> e.headcount() == null ? 0 : e.headcount()).sum(),
				proposalCount, reached);
	}

	private List<EventView> involvementMeetings(MetricQuery query) {
		return events.list(query.from(), query.to(), EventType.INVOLVEMENT_MEETING)
			.stream()
			.filter(e -> e.status() != EventStatus.CANCELLED)
			.toList();
	}

	private static List<MetricResult.Evidence> positionEvidence(List<PositionView> sent, String base) {
		return sent.stream()
			.map(p -> new MetricResult.Evidence(p.sentOn(), p.number() + " " + p.title(), base + "/positions/" + p.id()))
			.toList();
	}

	/** Percent with one decimal; null when there is nothing to share. */
	static BigDecimal share(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private static String shorten(String text) {
		return text.length() <= 120 ? text : text.substring(0, 119) + "…";
	}

	private static Long id(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("Not an id: " + value);
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}
}
