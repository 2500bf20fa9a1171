package lt.tinklas.projects.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lt.tinklas.projects.Funders;
import lt.tinklas.projects.ProjectBudgets;
import lt.tinklas.projects.ProjectData;
import lt.tinklas.projects.ProjectIndicatorView;
import lt.tinklas.projects.ProjectIndicators;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.Projects;
import lt.tinklas.projects.SourceType;
import lt.tinklas.projects.application.ActivityView;
import lt.tinklas.projects.application.Amounts;
import lt.tinklas.projects.BudgetView;
import lt.tinklas.projects.application.ExtensionView;
import lt.tinklas.projects.application.FunderReports;
import lt.tinklas.projects.FunderView;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funded projects. Amounts travel as strings with a dot decimal ("173552.19") so that they stay
 * exact; more than two decimals are refused.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}")
@Tag(name = "Projects")
class ProjectsApi {

	private final Projects projects;
	private final Funders funders;
	private final ProjectIndicators indicators;
	private final ProjectBudgets budgets;
	private final FunderReports reports;

	ProjectsApi(Projects projects, Funders funders, ProjectIndicators indicators, ProjectBudgets budgets,
			FunderReports reports) {
		this.projects = projects;
		this.funders = funders;
		this.indicators = indicators;
		this.budgets = budgets;
		this.reports = reports;
	}

	record ProjectBody(@Size(max = 300) String name, @Size(max = 300) String nameEn, @Size(max = 60) String code,
			Long funderId, @Size(max = 1000) String programme, SourceType sourceType, ProjectStatus status, String value,
			String grant, String ownContribution, LocalDate startsOn, LocalDate endsOn, @Size(max = 4000) String goal,
			@Size(max = 4000) String objectives, @Size(max = 1000) String targetGroups, Long responsiblePersonId,
			@Size(max = 2000) String notice, Boolean isPublic, List<String> municipalities, List<Long> partners,
			Map<Integer, String> allocations, Long version) {

		ProjectData toData() {
			List<FieldError> errors = new ArrayList<>();
			BigDecimal v = amount("value", value, errors);
			BigDecimal g = amount("grant", grant, errors);
			BigDecimal o = amount("ownContribution", ownContribution, errors);
			Map<Integer, BigDecimal> yearly = new LinkedHashMap<>();
			if (allocations != null) {
				allocations.forEach((year, amount) -> yearly.put(year, amount("allocations", amount, errors)));
			}
			if (name == null || name.isBlank()) {
				errors.add(new FieldError("name", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
			}
			for (Object[] required : new Object[][] { { "sourceType", sourceType }, { "status", status },
					{ "startsOn", startsOn }, { "endsOn", endsOn } }) {
				if (required[1] == null) {
					errors.add(new FieldError((String) required[0], "jakarta.validation.constraints.NotNull.message",
							new Object[0]));
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			return new ProjectData(name, nameEn, code, funderId, programme, sourceType, status, v, g, o, startsOn, endsOn,
					goal, objectives, targetGroups, responsiblePersonId, notice, Boolean.TRUE.equals(isPublic), municipalities,
					partners, yearly);
		}
	}

	static BigDecimal amount(String field, String text, List<FieldError> errors) {
		return Amounts.parse(field, text, false, errors);
	}

	static String text(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2).toPlainString();
	}

	record ProjectAnswer(long id, long version, String name, String nameEn, String code, Long funderId, String programme,
			SourceType sourceType, ProjectStatus status, String value, String grant, String ownContribution,
			LocalDate startsOn, LocalDate endsOn, String goal, String objectives, String targetGroups,
			Long responsiblePersonId, String notice, boolean isPublic, List<String> municipalities, List<Long> partners,
			Map<Integer, String> allocations, List<Long> eventIds) {

		static ProjectAnswer of(ProjectView p) {
			Map<Integer, String> yearly = new LinkedHashMap<>();
			p.allocations().forEach((year, amount) -> yearly.put(year, text(amount)));
			return new ProjectAnswer(p.id(), p.version(), p.name(), p.nameEn(), p.code(), p.funderId(), p.programme(),
					p.sourceType(), p.status(), text(p.value()), text(p.grant()), text(p.ownContribution()), p.startsOn(),
					p.endsOn(), p.goal(), p.objectives(), p.targetGroups(), p.responsiblePersonId(), p.notice(), p.isPublic(),
					p.municipalities(), p.partners(), yearly, p.eventIds());
		}
	}

	@GetMapping("/projects")
	@Readers
	@Operation(summary = "The network's projects, the latest first")
	List<ProjectAnswer> list() {
		return projects.list().stream().map(ProjectAnswer::of).toList();
	}

	@PostMapping("/projects")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add a project",
			description = "Fields: name, nameEn, code, funderId, programme, sourceType (STATE_BUDGET, EU_STRUCTURAL_FUNDS, EEA_NORWAY_GRANTS, MUNICIPALITY, FOUNDATION, OTHER), status (PLANNED, APPLIED, ONGOING, COMPLETED, REJECTED), value, grant, ownContribution (strings such as \"173552.19\"), startsOn, endsOn, goal, objectives (one per line), targetGroups, responsiblePersonId, notice, isPublic, municipalities (codes such as LT-13), partners (organization ids), allocations ({\"2016\": \"15563.00\"}). A grant above the value, more than two decimals, an unknown funder, municipality or partner: 400 with every field's message.")
	ProjectAnswer create(@Valid @RequestBody ProjectBody body) {
		return ProjectAnswer.of(projects.create(body.toData()));
	}

	@GetMapping("/projects/{id}")
	@Readers
	@Operation(summary = "One project")
	ProjectAnswer get(@PathVariable long id) {
		return ProjectAnswer.of(projects.get(id));
	}

	@PutMapping("/projects/{id}")
	@Keepers
	@Operation(summary = "Change a project", description = "version must be the one read (409 otherwise). The end changes only by an extension.")
	ProjectAnswer update(@PathVariable long id, @Valid @RequestBody ProjectBody body) {
		return ProjectAnswer.of(projects.update(id, InvalidInputException.requireVersion(body.version()), body.toData()));
	}

	record ExtensionBody(LocalDate newEndsOn, String reason) {
	}

	@PostMapping("/projects/{id}/extensions")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Extend a project's period",
			description = "newEndsOn must be after the current end; reason is required. The earlier end stays in the project's extensions.")
	ProjectAnswer extend(@PathVariable long id, @RequestBody ExtensionBody body) {
		return ProjectAnswer.of(projects.extend(id, body.newEndsOn(), body.reason()));
	}

	@GetMapping("/projects/{id}/extensions")
	@Readers
	@Operation(summary = "A project's extensions, the first first")
	List<ExtensionView> extensions(@PathVariable long id) {
		return projects.extensions(id);
	}

	@PostMapping("/projects/{id}/events/{eventId}")
	@Keepers
	@Operation(summary = "Link an event to the project",
			description = "The event must start within the project's period and belong to no other project (400 otherwise).")
	ProjectAnswer link(@PathVariable long id, @PathVariable long eventId) {
		return ProjectAnswer.of(projects.linkEvent(id, eventId));
	}

	record ActivityBody(String title, LocalDate plannedFrom, LocalDate plannedUntil, LocalDate doneOn, String description) {
	}

	@PostMapping("/projects/{id}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add an activity other than an event (planned; done when doneOn is given)")
	ActivityView addActivity(@PathVariable long id, @RequestBody ActivityBody body) {
		return projects.addActivity(id, body.title(), body.plannedFrom(), body.plannedUntil(), body.doneOn(),
				body.description());
	}

	record IndicatorAnswer(long id, String name, String unit, String target, String metricKey,
			Map<String, String> parameters, String actual, int percent, LocalDate manualOn, String evidenceLink,
			String note, String drilldown) {

		static IndicatorAnswer of(ProjectIndicatorView i) {
			return new IndicatorAnswer(i.id(), i.name(), i.unit(), i.target().toPlainString(), i.metricKey(), i.parameters(),
					i.actual() == null ? null : i.actual().toPlainString(), i.percent(), i.manualOn(), i.evidenceLink(),
					i.note(), i.drilldown());
		}
	}

	@GetMapping("/projects/{id}/indicators")
	@Readers
	@Operation(summary = "A project's indicators with target and actual",
			description = "A computed actual counts an event metric within the project's events and period (drilldown lists the records); a manual one is the value recorded with its day and evidence.")
	List<IndicatorAnswer> indicators(@PathVariable long id) {
		return indicators.of(id).stream().map(IndicatorAnswer::of).toList();
	}

	record ProjectIndicatorBody(@Size(max = 300) String name, @Size(max = 40) String unit, String target, String metricKey, String parameters) {
	}

	@PostMapping("/projects/{id}/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add an indicator",
			description = "metricKey: an event metric (events.distinctParticipants, events.participations, events.held, events.municipalities, events.hours, events.averageRating ...) counted within the project; parameters such as type=TRAINING; without metricKey the value is kept by hand.")
	IndicatorAnswer addIndicator(@PathVariable long id, @Valid @RequestBody ProjectIndicatorBody body) {
		List<FieldError> errors = new ArrayList<>();
		BigDecimal target = amount("target", body.target(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		try {
			return IndicatorAnswer.of(indicators.add(id, body.name(), body.unit(), target, body.metricKey(), body.parameters()));
		}
		catch (InvalidInputException e) {
			// the staff form's field is metricParameters; the body's is parameters
			throw new InvalidInputException(e.errors()
				.stream()
				.map(error -> "metricParameters".equals(error.field())
						? new FieldError("parameters", error.messageKey(), error.arguments()) : error)
				.toList());
		}
	}

	record LineBody(@Size(max = 300) String name, String planned) {
	}

	@PostMapping("/projects/{id}/budget-lines")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add a budget line with its planned amount")
	BudgetView.Line addLine(@PathVariable long id, @Valid @RequestBody LineBody body) {
		List<FieldError> errors = new ArrayList<>();
		BigDecimal planned = amount("planned", body.planned(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return budgets.addLine(id, body.name(), planned);
	}

	record ExpenseBody(Long lineId, LocalDate spentOn, String amount, String supplier, String documentNumber,
			String note) {
	}

	record ExpenseAnswer(long id, long lineId, String line, LocalDate spentOn, String amount, String supplier,
			String documentNumber, String note) {
	}

	@PostMapping("/projects/{id}/expenses")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record an expense on a budget line",
			description = "spentOn within the project's period; amount a string with at most two decimals.")
	ExpenseAnswer addExpense(@PathVariable long id, @RequestBody ExpenseBody body) {
		List<FieldError> errors = new ArrayList<>();
		BigDecimal amount = amount("amount", body.amount(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		BudgetView.ExpenseView saved = budgets.addExpense(id, new ProjectBudgets.ExpenseData(body.lineId(), body.spentOn(),
				amount, body.supplier(), body.documentNumber(), body.note()));
		return new ExpenseAnswer(saved.id(), saved.lineId(), saved.line(), saved.spentOn(), text(saved.amount()),
				saved.supplier(), saved.documentNumber(), saved.note());
	}

	record LineAnswer(long id, String name, String planned, String spent, String remaining, boolean over) {
	}

	record ReportAnswer(ProjectAnswer project, String funder, LocalDate from, LocalDate to,
			List<Map<String, Object>> events, List<ActivityView> activities, List<IndicatorAnswer> indicators,
			List<LineAnswer> budget, String planned, String spent, String remaining) {
	}

	@GetMapping("/projects/{id}/report")
	@Readers
	@Operation(summary = "The funder report of a period",
			description = "from and to default to the project's period. Events and activities done in it, indicator targets and actuals, the budget by line with the period's spending.")
	ReportAnswer report(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		FunderReports.Report report = reports.report(id, from, to);
		return new ReportAnswer(ProjectAnswer.of(report.project()), report.funder() == null ? null : report.funder().name(),
				report.from(), report.to(),
				report.events()
					.stream()
					.<Map<String, Object>>map(e -> Map.of("id", e.id(), "title", e.title(), "startsAt", e.startsAt(), "type",
							e.type()))
					.toList(),
				report.activities(), report.indicators().stream().map(IndicatorAnswer::of).toList(),
				report.budget()
					.lines()
					.stream()
					.map(l -> new LineAnswer(l.id(), l.name(), text(l.planned()), text(l.spent()), text(l.remaining()), l.over()))
					.toList(),
				text(report.budget().planned()), text(report.budget().spent()), text(report.budget().remaining()));
	}

	record FunderBody(String name, String nameEn, SourceType sourceType) {
	}

	@GetMapping("/funders")
	@Readers
	@Operation(summary = "The funders the network's projects name")
	List<FunderView> funders() {
		return funders.list();
	}

	@PostMapping("/funders")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add a funder", description = "name (unique in the network), nameEn, sourceType.")
	FunderView addFunder(@RequestBody FunderBody body) {
		return funders.create(body.name(), body.nameEn(), body.sourceType());
	}
}
