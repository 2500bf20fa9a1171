package lt.tinklas.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lt.tinklas.organizations.Organizations;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.support.application.CurrentStage;
import lt.tinklas.support.application.QualityStepView;
import lt.tinklas.support.domain.QualityStandard;
import lt.tinklas.support.domain.QualityStandardRecords;
import lt.tinklas.support.domain.QualityStep;
import lt.tinklas.support.domain.QualityStepRecords;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lt.tinklas.shared.text.WebLinks;

/**
 * The quality standards the network supports and each member's way through their stages. The
 * stages of one standard keep their order in time: a stage is never dated before an earlier one.
 */
@Service
public class QualityStandards {

	private final QualityStandardRecords standards;
	private final QualityStepRecords steps;
	private final Organizations organizations;

	QualityStandards(QualityStandardRecords standards, QualityStepRecords steps, Organizations organizations) {
		this.standards = standards;
		this.steps = steps;
		this.organizations = organizations;
	}

	@Transactional(readOnly = true)
	public List<QualityStandardView> standards() {
		return standards.findAllByOrderByNameAsc().stream().map(QualityStandards::view).toList();
	}

	/** A standard by its id or, ignoring case, its name. */
	@Transactional(readOnly = true)
	public Optional<QualityStandardView> standard(String idOrName) {
		if (idOrName == null || idOrName.isBlank()) {
			return Optional.empty();
		}
		String wanted = idOrName.strip();
		return standards.findAll()
			.stream()
			.filter(s -> s.getName().equalsIgnoreCase(wanted) || String.valueOf(s.getId()).equals(wanted))
			.findFirst()
			.map(QualityStandards::view);
	}

	@Transactional
	public QualityStandardView addStandard(String name, List<String> levels) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "jakarta.validation.constraints.NotBlank.message");
		}
		if (name.strip().length() > 100) {
			throw InvalidInputException.of("name", "common.error.tooLong", 100);
		}
		if (standards.findAll().stream().anyMatch(s -> s.getName().equalsIgnoreCase(name.strip()))) {
			throw InvalidInputException.of("name", "qualityStandard.error.duplicate", name.strip());
		}
		List<String> clean = levels == null ? List.of()
				: levels.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList();
		if (String.join("\n", clean).length() > 1000) {
			throw InvalidInputException.of("levels", "common.error.tooLong", 1000);
		}
		return view(standards.saveAndFlush(new QualityStandard(name, clean)));
	}

	/**
	 * Records that the organization reached a stage (or corrects the day and evidence of one it
	 * reached); refused when the day would put the stage before an earlier one or after a later one.
	 */
	@Transactional
	public QualityStepView record(long organizationId, StageData data) {
		List<FieldError> errors = new ArrayList<>();
		if (!organizations.exists(organizationId)) {
			throw new NotFoundException("Organization");
		}
		QualityStandard standard = null;
		if (data.standardId() == null) {
			errors.add(required("standard"));
		}
		else {
			standard = standards.findById(data.standardId()).orElse(null);
			if (standard == null) {
				errors.add(new FieldError("standard", "qualityStep.error.unknownStandard",
						new Object[] { String.valueOf(data.standardId()) }));
			}
		}
		if (data.stage() == null) {
			errors.add(required("stage"));
		}
		if (data.on() == null) {
			errors.add(required("on"));
		}
		if (standard != null) {
			List<String> levels = standard.getLevels();
			String level = data.level() == null || data.level().isBlank() ? null : data.level().strip();
			if (level != null && !levels.contains(level)) {
				errors.add(new FieldError("level", levels.isEmpty() ? "qualityStep.error.noLevels" : "qualityStep.error.unknownLevel",
						new Object[] { level, standard.getName(), String.join(", ", levels) }));
			}
		}
		if (data.evidenceLink() != null && data.evidenceLink().length() > 1000) {
			errors.add(new FieldError("evidenceLink", "common.error.tooLong", new Object[] { 1000 }));
		}
		else if (!WebLinks.acceptable(data.evidenceLink())) {
			errors.add(new FieldError("evidenceLink", "validation.url", new Object[0]));
		}
		if (data.note() != null && data.note().length() > 2000) {
			errors.add(new FieldError("note", "common.error.tooLong", new Object[] { 2000 }));
		}
		if (errors.isEmpty() && data.stage().onThePath()) {
			for (QualityStep other : steps.findByOrganizationIdOrderByReachedOnAscIdAsc(organizationId)) {
				if (!other.getStandardId().equals(data.standardId()) || !other.getStage().onThePath()
						|| other.getStage() == data.stage()) {
					continue;
				}
				boolean earlier = other.getStage().ordinal() < data.stage().ordinal();
				if (earlier && other.getReachedOn().isAfter(data.on())) {
					errors.add(new FieldError("on", "qualityStep.error.beforeEarlierStage", new Object[] {
							stage(data.stage()), String.valueOf(data.on()), stage(other.getStage()),
							String.valueOf(other.getReachedOn()) }));
					break;
				}
				if (!earlier && other.getReachedOn().isBefore(data.on())) {
					errors.add(new FieldError("on", "qualityStep.error.afterLaterStage", new Object[] {
							stage(data.stage()), String.valueOf(data.on()), stage(other.getStage()),
							String.valueOf(other.getReachedOn()) }));
					break;
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		QualityStep step = steps.findByOrganizationIdOrderByReachedOnAscIdAsc(organizationId)
			.stream()
			.filter(s -> s.getStandardId().equals(data.standardId()) && s.getStage() == data.stage())
			.findFirst()
			.orElseGet(() -> new QualityStep(organizationId, data.standardId(), data.stage()));
		step.record(data.level(), data.on(), data.evidenceLink(), data.note());
		return view(steps.saveAndFlush(step), standard.getName());
	}

	@Transactional
	public void deleteStep(long organizationId, long stepId) {
		steps.delete(steps.findById(stepId)
			.filter(s -> s.getOrganizationId().equals(organizationId))
			.orElseThrow(() -> new NotFoundException("Quality stage")));
	}

	/** The stages the organization reached, by standard and then in time. */
	@Transactional(readOnly = true)
	public List<QualityStepView> steps(long organizationId) {
		Map<Long, String> names = standardNames();
		return steps.findByOrganizationIdOrderByReachedOnAscIdAsc(organizationId)
			.stream()
			.map(s -> view(s, names.get(s.getStandardId())))
			.sorted(Comparator.comparing(QualityStepView::standard).thenComparing(QualityStepView::reachedOn)
				.thenComparing(QualityStepView::stage))
			.toList();
	}

	/** Every stage recorded in the network, in time. */
	@Transactional(readOnly = true)
	public List<QualityStepView> allSteps() {
		Map<Long, String> names = standardNames();
		return steps.findAllByOrderByReachedOnAscIdAsc().stream().map(s -> view(s, names.get(s.getStandardId()))).toList();
	}

	/** Where the organization stands today with each standard it started. */
	@Transactional(readOnly = true)
	public List<CurrentStage> currentStages(long organizationId) {
		return current(steps.findByOrganizationIdOrderByReachedOnAscIdAsc(organizationId), today());
	}

	/**
	 * Every organization's current stage of each standard at the end of the year (today when no
	 * year is given), narrowed to a standard and a stage when they are given.
	 */
	@Transactional(readOnly = true)
	public List<CurrentStage> overview(Long standardId, QualityStage stage, Integer year) {
		LocalDate asOf = year == null ? today() : LocalDate.of(year, 12, 31);
		var collator = SearchText.collator();
		return current(steps.findAllByOrderByReachedOnAscIdAsc(), asOf).stream()
			.filter(c -> standardId == null || standardId == c.standardId())
			.filter(c -> stage == null || stage == c.stage())
			.sorted(Comparator.comparing((CurrentStage c) -> c.organization() == null ? "" : c.organization(), collator)
				.thenComparing(CurrentStage::standard))
			.toList();
	}

	private List<CurrentStage> current(List<QualityStep> all, LocalDate asOf) {
		Map<Long, String> names = standardNames();
		Map<List<Long>, List<QualityStep>> byPair = all.stream()
			.filter(s -> !s.getReachedOn().isAfter(asOf))
			.collect(Collectors.groupingBy(s -> List.of(s.getOrganizationId(), s.getStandardId()), LinkedHashMap::new,
					Collectors.toList()));
		Map<Long, String> organizationNames = organizations
			.namesOf(byPair.keySet().stream().map(pair -> pair.get(0)).distinct().toList());
		List<CurrentStage> result = new ArrayList<>();
		byPair.forEach((pair, list) -> {
			QualityStep latest = list.stream()
				.max(Comparator.comparing(QualityStep::getReachedOn).thenComparing(s -> s.getStage().ordinal()))
				.orElseThrow();
			String level = list.stream()
				.sorted(Comparator.comparing(QualityStep::getReachedOn).reversed())
				.map(QualityStep::getLevel)
				.filter(l -> l != null)
				.findFirst()
				.orElse(null);
			LocalDate started = list.stream().map(QualityStep::getReachedOn).min(Comparator.naturalOrder()).orElseThrow();
			result.add(new CurrentStage(pair.get(0), organizationNames.get(pair.get(0)), pair.get(1),
					names.get(pair.get(1)), level, latest.getStage(), latest.getReachedOn(), started));
		});
		result.sort(Comparator.comparing(CurrentStage::standard));
		return result;
	}

	private Map<Long, String> standardNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		standards.findAllByOrderByNameAsc().forEach(s -> names.put(s.getId(), s.getName()));
		return names;
	}

	private static DefaultMessageSourceResolvable stage(QualityStage stage) {
		return new DefaultMessageSourceResolvable("qualityStage." + stage);
	}

	private static FieldError required(String field) {
		return new FieldError(field, "jakarta.validation.constraints.NotNull.message", new Object[0]);
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.VILNIUS);
	}

	static QualityStandardView view(QualityStandard s) {
		return new QualityStandardView(s.getId(), s.getName(), s.getLevels());
	}

	static QualityStepView view(QualityStep s, String standard) {
		return new QualityStepView(s.getId(), s.getOrganizationId(), s.getStandardId(), standard, s.getLevel(),
				s.getStage(), s.getReachedOn(), s.getEvidenceLink(), s.getNote());
	}
}
