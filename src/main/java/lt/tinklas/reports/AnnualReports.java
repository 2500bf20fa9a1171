package lt.tinklas.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import lt.tinklas.reports.domain.AnnualNarrative;
import lt.tinklas.reports.domain.ReportNarrativeRecords;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.metrics.MetricFormat;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.tenancy.DataVersions;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's yearly report. Every figure is asked of the metrics catalogue (the modules that own
 * the records count them), for the year and for the year before; a figure links to the metric's
 * drill-down for the same period and parameters.
 */
@Service
public class AnnualReports {

	public static final int FIRST_YEAR = 2000;
	public static final int LAST_YEAR = 2100;

	/** The event type the report gives a section of its own; the others are listed one by one. */
	private static final String TRAINING = "TRAINING";

	private final Metrics metrics;
	private final ReportNarrativeRecords narratives;
	private final RecordHistory history;
	private final DataVersions versions;

	/**
	 * Reports computed, by network, year, the network's data version and the day: the page, PDF,
	 * XLSX, API and public site reuse one until a record of the network changes (or the day does).
	 * Visitors asking for the same report at once wait for one computation.
	 */
	private final Cache<Key, AnnualReport> computed = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofHours(6))
		.build();

	private record Key(long network, int year, long version, LocalDate day) {
	}

	AnnualReports(Metrics metrics, ReportNarrativeRecords narratives, RecordHistory history,
			DataVersions versions) {
		this.metrics = metrics;
		this.narratives = narratives;
		this.history = history;
		this.versions = versions;
	}

	/**
	 * One figure: its path in the JSON (such as {@code trainings.count}), the message keys of its
	 * label, its value this year and the year before, and the metric behind it.
	 */
	public record Figure(String path, List<String> labelKeys, String metricKey, Map<String, String> parameters,
			BigDecimal value, BigDecimal previous, MetricFormat format) {

		public String name() {
			return path.substring(path.indexOf('.') + 1);
		}

		/** Whether the figure is an amount of money (the workbook formats its cell so). */
		public boolean money() {
			return format == MetricFormat.MONEY;
		}

		/**
		 * The figure as the page and the PDF show it, by its metric's format: money as money, an
		 * average with two decimals, a decimal comma.
		 */
		public String shown(BigDecimal number) {
			if (number == null) {
				return "–";
			}
			if (format == MetricFormat.MONEY) {
				return new Formats().money(number);
			}
			if (format == MetricFormat.AVERAGE) {
				return number.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
			}
			BigDecimal plain = number.stripTrailingZeros();
			return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
		}

		/** The drill-down of the figure's metric for the year (both ends included). */
		public String drillDown(String slug, int year) {
			StringBuilder link = new StringBuilder("/n/").append(slug)
				.append("/metrics/")
				.append(metricKey)
				.append("?from=")
				.append(year)
				.append("-01-01&to=")
				.append(year)
				.append("-12-31");
			parameters.forEach((k, v) -> link.append('&').append(k).append('=').append(v));
			return link.toString();
		}
	}

	/** A section of the report with its footnote (message key {@code reports.note.<name>}). */
	public record Section(String name, List<Figure> figures) {

		/** A value's bar in the section's chart: its share of the section's largest figure of either year. */
		public long percent(BigDecimal number) {
			double max = figures.stream()
				.flatMap(f -> Stream.of(f.value(), f.previous()))
				.filter(Objects::nonNull)
				.mapToDouble(BigDecimal::doubleValue)
				.max()
				.orElse(0);
			return number == null || max <= 0 ? 0 : Math.round(number.doubleValue() * 100 / max);
		}
	}

	public record NarrativeView(long version, String introductionDraft, String highlightsDraft, String plansDraft,
			String introduction, String highlights, String plans, OffsetDateTime publishedAt) {

		static final NarrativeView EMPTY = new NarrativeView(-1, null, null, null, null, null, null, null);

		public boolean published() {
			return publishedAt != null;
		}
	}

	public record AnnualReport(int year, List<Section> sections, NarrativeView narrative) {

		public LocalDate from() {
			return LocalDate.of(year, 1, 1);
		}

		public LocalDate to() {
			return LocalDate.of(year, 12, 31);
		}

		/** The figures as the API gives them: nested by their paths, money as text with two decimals. */
		public Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("year", year);
			for (Section section : sections) {
				for (Figure figure : section.figures()) {
					String[] parts = figure.path().split("\\.");
					Map<String, Object> at = json;
					for (int i = 0; i < parts.length - 1; i++) {
						@SuppressWarnings("unchecked")
						Map<String, Object> next = (Map<String, Object>) at.computeIfAbsent(parts[i],
								k -> new LinkedHashMap<String, Object>());
						at = next;
					}
					at.put(parts[parts.length - 1], jsonValue(figure));
				}
			}
			return json;
		}

		private static Object jsonValue(Figure figure) {
			BigDecimal value = figure.value();
			if (value == null) {
				return null;
			}
			if (figure.money()) {
				return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
			}
			if (figure.format() == MetricFormat.AVERAGE) {
				return value.setScale(2, RoundingMode.HALF_UP);
			}
			BigDecimal plain = value.stripTrailingZeros();
			return plain.scale() <= 0 ? (Object) plain.longValueExact() : plain;
		}
	}

	/** Refuses a year the report cannot be about. */
	public static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw InvalidInputException.of("year", "reports.error.year", String.valueOf(year), String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
	}

	/** The year a report opens on when none is named: the last full year. */
	public static int lastYear() {
		return LocalDate.now(Formats.VILNIUS).getYear() - 1;
	}

	/** The network's report for the year, computed once for each version of its records. */
	@Transactional(readOnly = true)
	public AnnualReport report(int year) {
		checkYear(year);
		long network = Tenancy.require();
		// the version is read first: whatever is computed after it is at least as new as it says
		Key key = new Key(network, year, versions.of(network), LocalDate.now(Formats.VILNIUS));
		return computed.get(key, k -> compute(network, year));
	}

	private AnnualReport compute(long network, int year) {
		List<Section> sections = new ArrayList<>();
		Builder b = new Builder(network, year);

		b.section("members");
		b.figure("members.activeAtYearEnd", "members.active", Map.of());
		b.figure("members.joined", "members.accepted", Map.of());
		b.figure("members.fromInvitations", "members.fromInvitations", Map.of());
		b.figure("members.left", "members.left", Map.of());
		sections.add(b.done());

		b.section("trainings");
		Map<String, String> training = Map.of("type", TRAINING);
		b.figure("trainings.count", "events.held", training);
		b.figure("trainings.participations", "events.participations", training);
		b.figure("trainings.distinctParticipants", "events.distinctParticipants", training);
		b.figure("trainings.distinctOrganizations", "events.distinctOrganizations", training);
		b.figure("trainings.hours", "events.hours", training);
		b.figure("trainings.ratings", "events.ratings", training);
		b.figure("trainings.averageRating", "events.averageRating", training);
		sections.add(b.done());

		b.section("eventsByType");
		// every type the events module counts, as it names and labels them
		metrics.values("events.held", "type", network).forEach((type, label) -> {
			if (type.equals(TRAINING)) {
				return;
			}
			Map<String, String> only = Map.of("type", type);
			b.figure("eventsByType." + type + ".count", List.of(code(label), "reports.figure.eventsByType.count"),
					"events.held", only);
			b.figure("eventsByType." + type + ".participations",
					List.of(code(label), "reports.figure.eventsByType.participations"), "events.participations", only);
		});
		sections.add(b.done());

		b.section("advocacy");
		b.figure("advocacy.positions", "advocacy.positionsSent", Map.of());
		metrics.values("advocacy.positionsSent", "kind", network)
			.forEach((kind, label) -> b.figure("advocacy.byKind." + kind,
					List.of("reports.figure.advocacy.byKind", code(label)), "advocacy.positionsSent", Map.of("kind", kind)));
		metrics.values("advocacy.positionsSent", "outcome", network)
			.forEach((outcome, label) -> b.figure("advocacy.byOutcome." + outcome,
					List.of("reports.figure.advocacy.byOutcome", code(label)), "advocacy.positionsSent",
					Map.of("outcome", outcome)));
		b.sum("advocacy.partlyOrFullyAccepted", "advocacy.byOutcome.PARTLY_ACCEPTED", "advocacy.byOutcome.ACCEPTED");
		b.figure("advocacy.decisionMakerMeetings", "advocacy.decisionMakerMeetings", Map.of());
		b.figure("advocacy.seatsHeld", "advocacy.seatsHeld", Map.of());
		b.figure("advocacy.institutionsAddressed", "advocacy.institutionsAddressed", Map.of());
		sections.add(b.done());

		b.section("involvement");
		b.figure("involvement.meetings", "advocacy.involvementMeetings", Map.of());
		b.figure("involvement.peoplePresent", "advocacy.peoplePresent", Map.of());
		b.figure("involvement.proposals", "advocacy.proposals", Map.of());
		b.figure("involvement.proposalsInPositions", "advocacy.proposalsInPositions", Map.of());
		sections.add(b.done());

		b.section("support");
		b.figure("support.consultations", "support.consultations", Map.of());
		b.figure("support.reportReviews", "support.reportReviews", Map.of());
		b.figure("support.onQualityPath", "quality.atStage", Map.of());
		b.figure("support.certified", "quality.certified", Map.of());
		sections.add(b.done());

		b.section("projects");
		b.figure("projects.running", "projects.running", Map.of());
		b.figure("projects.participants", "projects.participants", Map.of());
		metrics.values("projects.funds", "source", network)
			.forEach((source, label) -> b.figure("projects.fundsBySource." + source,
					List.of("reports.figure.projects.fundsBySource", code(label)), "projects.funds", Map.of("source", source)));
		sections.add(b.done());

		b.section("partnerships");
		b.figure("partnerships.agreementsSigned", "partnerships.signed", Map.of());
		b.figure("partnerships.agreementsInForce", "partnerships.inForce", Map.of());
		b.figure("partnerships.volunteeringHours", "volunteering.hours", Map.of());
		b.figure("partnerships.awardLaureates", "awards.laureates", Map.of());
		sections.add(b.done());

		return new AnnualReport(year, List.copyOf(sections), narrative(year));
	}

	/** The message key a value's label is written by (an enum's, as the module that owns it names it). */
	private static String code(MessageSourceResolvable label) {
		String[] codes = label.getCodes();
		if (codes == null || codes.length == 0) {
			throw new IllegalStateException("A reported value is labelled by a name, not a message: " + label);
		}
		return codes[0];
	}

	@Transactional(readOnly = true)
	public NarrativeView narrative(int year) {
		return narratives.findByYear(year).map(AnnualReports::view).orElse(NarrativeView.EMPTY);
	}

	/** The narrative's drafts and publications, the newest first; none before its first draft. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> narrativeHistory(int year) {
		return narratives.findByYear(year).map(n -> history.of(AnnualNarrative.class, n.getId())).orElse(List.of());
	}

	/** The years whose report the staff have published (their narrative), the latest first: the public site's results. */
	@Transactional(readOnly = true)
	public List<Integer> publishedYears() {
		return narratives.findByPublishedAtIsNotNullOrderByYearDesc().stream().map(AnnualNarrative::getYear).toList();
	}

	/** Saves the draft; readers keep seeing the published version until it is published. */
	@Transactional
	public NarrativeView saveDraft(int year, long version, String introduction, String highlights, String plans) {
		checkYear(year);
		AnnualNarrative narrative = narratives.findByYear(year).orElse(null);
		if (narrative == null) {
			if (version != -1) {
				throw InvalidInputException.of("version", "reports.error.stale");
			}
			narrative = new AnnualNarrative(year);
		}
		else {
			narrative.checkVersion(version);
		}
		for (String[] field : new String[][] { { "introduction", introduction }, { "highlights", highlights },
				{ "plans", plans } }) {
			if (field[1] != null && field[1].length() > 20_000) {
				throw InvalidInputException.of(field[0], "reports.error.tooLong", "20000");
			}
		}
		narrative.draft(introduction, highlights, plans);
		return view(narratives.saveAndFlush(narrative));
	}

	@Transactional
	public NarrativeView publish(int year, long version) {
		checkYear(year);
		AnnualNarrative narrative = narratives.findByYear(year)
			.orElseThrow(() -> InvalidInputException.of("narrative", "reports.error.nothingToPublish"));
		narrative.checkVersion(version);
		narrative.publish(OffsetDateTime.now(Formats.VILNIUS));
		return view(narratives.saveAndFlush(narrative));
	}

	private static NarrativeView view(AnnualNarrative n) {
		return new NarrativeView(n.getVersion(), n.getIntroductionDraft(), n.getHighlightsDraft(), n.getPlansDraft(),
				n.getIntroduction(), n.getHighlights(), n.getPlans(), n.getPublishedAt());
	}

	/** Collects a section's figures, each computed for the year and the year before. */
	private final class Builder {

		private final long network;
		private final int year;
		private String section;
		private List<Figure> figures = new ArrayList<>();

		Builder(long network, int year) {
			this.network = network;
			this.year = year;
		}

		void section(String name) {
			section = name;
			figures = new ArrayList<>();
		}

		Section done() {
			return new Section(section, List.copyOf(figures));
		}

		void figure(String path, String metricKey, Map<String, String> parameters) {
			figure(path, List.of("reports.figure." + path), metricKey, parameters);
		}

		/** A figure shown as its metric's format says (money, an average, a count). */
		void figure(String path, List<String> labelKeys, String metricKey, Map<String, String> parameters) {
			BigDecimal value = metrics.value(metricKey, MetricQuery.year(network, year, parameters));
			BigDecimal previous = metrics.value(metricKey, MetricQuery.year(network, year - 1, parameters));
			figures.add(new Figure(path, labelKeys, metricKey, parameters, value, previous,
					metrics.definition(metricKey).format()));
		}

		/** A figure that adds up others of the same section; its drill-down is the first metric's. */
		void sum(String path, String... parts) {
			BigDecimal value = BigDecimal.ZERO;
			BigDecimal previous = BigDecimal.ZERO;
			Figure first = null;
			for (String part : parts) {
				Figure f = figures.stream().filter(x -> x.path().equals(part)).findFirst().orElseThrow();
				first = first == null ? f : first;
				value = value.add(f.value());
				previous = previous.add(f.previous());
			}
			figures.add(new Figure(path, List.of("reports.figure." + path), first.metricKey(), Map.of(), value, previous,
					first.format()));
		}
	}
}
