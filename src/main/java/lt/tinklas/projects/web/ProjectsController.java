package lt.tinklas.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.metrics.MetricParameters;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Municipality;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.projects.Funders;
import lt.tinklas.projects.ProjectIndicators;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.Projects;
import lt.tinklas.projects.SourceType;
import lt.tinklas.projects.application.Amounts;
import lt.tinklas.projects.FunderView;
import lt.tinklas.shared.map.MunicipalityMap;
import lt.tinklas.shared.money.Money;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Projects: the list, the form, and a project's page with its money, period and extensions,
 * events and other activities, and indicators.
 */
@Controller
@RequestMapping("/n/{slug}/projects")
class ProjectsController {

	private final Projects projects;
	private final Funders funders;
	private final ProjectIndicators indicators;
	private final Municipalities municipalities;
	private final Organizations organizations;
	private final People people;
	private final MessageSource messages;
	private final MunicipalityMap map;
	private final Metrics metrics;

	ProjectsController(Projects projects, Funders funders, ProjectIndicators indicators, Municipalities municipalities,
			Organizations organizations, People people, MessageSource messages, MunicipalityMap map,
			Metrics metrics) {
		this.map = map;
		this.metrics = metrics;
		this.projects = projects;
		this.funders = funders;
		this.indicators = indicators;
		this.municipalities = municipalities;
		this.organizations = organizations;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping
	@Readers
	String list(@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) SourceType source,
			@RequestParam(required = false) Long funder, @RequestParam(required = false, defaultValue = "start") String sort,
			Model model) {
		model.addAttribute("projects", filtered(status, source, funder, sort));
		model.addAttribute("status", status);
		model.addAttribute("source", source);
		model.addAttribute("funder", funder);
		model.addAttribute("sort", sort);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("sources", SourceType.values());
		model.addAttribute("funders", funders.byId());
		return "projects/list";
	}

	private List<ProjectView> filtered(ProjectStatus status, SourceType source, Long funder, String sort) {
		Comparator<ProjectView> order = switch (sort) {
			case "name" -> Comparator.comparing(ProjectView::name, SearchText.collator());
			case "grant" -> Comparator.comparing((ProjectView p) -> p.grant() == null ? BigDecimal.ZERO : p.grant())
				.reversed();
			default -> Comparator.comparing(ProjectView::startsOn).reversed();
		};
		return projects.list()
			.stream()
			.filter(p -> status == null || p.status() == status)
			.filter(p -> source == null || p.sourceType() == source)
			.filter(p -> funder == null || funder.equals(p.funderId()))
			.sorted(order)
			.toList();
	}

	@ReadsFromReplica
	@GetMapping("/export.{format}")
	@Readers
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) SourceType source, @RequestParam(required = false) Long funder) {
		var locale = LocaleContextHolder.getLocale();
		Map<Long, FunderView> byId = funders.byId();
		List<String> headers = Arrays.asList(text("project.field.name"), text("project.field.code"),
				text("project.field.funderId"), text("project.field.sourceType"), text("project.field.status"),
				text("project.field.startsOn"), text("project.field.endsOn"), text("project.field.value"),
				text("project.field.grant"), text("project.field.ownContribution"));
		List<List<Object>> rows = filtered(status, source, funder, "start").stream()
			.map(p -> Arrays.<Object>asList(p.name(locale.getLanguage()), p.code(),
					p.funderId() == null ? null : byId.get(p.funderId()).name(locale.getLanguage()),
					text("sourceType." + p.sourceType()), text("projectStatus." + p.status()), p.startsOn(), p.endsOn(),
					Money.ofNullable(p.value()), Money.ofNullable(p.grant()), Money.ofNullable(p.ownContribution())))
			.toList();
		return Downloads.table("projektai", text("projects.title"), format, headers, rows);
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	@GetMapping("/new")
	@Keepers
	String newProject(Model model) {
		model.addAttribute("form", ProjectForm.empty());
		return form(model);
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @ModelAttribute("form") ProjectForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				ProjectView created = projects.create(form.toData());
				return "/n/" + slug + "/projects/" + created.id();
			}, () -> form(model));
	}

	@GetMapping("/{id}/edit")
	@Keepers
	String edit(@PathVariable long id, Model model) {
		ProjectView project = projects.get(id);
		model.addAttribute("project", project);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProjectForm.of(project));
		}
		model.addAttribute("history", projects.history(id));
		return form(model);
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") ProjectForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> projects.changedSince(id, form.version()),
					() -> projects.get(id).version())
			.save(() -> {
				projects.update(id, form.version(), form.toData());
				return "/n/" + slug + "/projects/" + id;
			}, () -> edit(id, model));
	}

	private String form(Model model) {
		model.addAttribute("funderList", funders.list());
		model.addAttribute("sources", SourceType.values());
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("municipalityList", municipalities.all());
		model.addAttribute("organizationChoices", organizations.choices(NetworkContext.path("/organizations/choices")));
		model.addAttribute("personChoices", people.choices(NetworkContext.path("/people/choices")));
		return "projects/form";
	}

	@GetMapping("/{id}")
	@Readers
	String show(@PathVariable long id, Model model) {
		ProjectView project = projects.get(id);
		model.addAttribute("project", project);
		model.addAttribute("funder", project.funderId() == null ? null : funders.get(project.funderId()));
		Map<String, String> places = new LinkedHashMap<>();
		for (String code : project.municipalities()) {
			places.put(code, municipalities.byIso(code).map(Municipality::name).orElse(code));
		}
		model.addAttribute("places", places);
		if (!places.isEmpty()) {
			Map<String, String> covered = new LinkedHashMap<>();
			places.keySet().forEach(code -> covered.put(code, "covered"));
			Map<String, MunicipalityMap.Style> styles = new LinkedHashMap<>();
			styles.put("covered", new MunicipalityMap.Style("#2171b5", text("project.map.covered")));
			styles.put("none", new MunicipalityMap.Style("#eeeeee", text("project.map.none")));
			model.addAttribute("map", map.draw(messages.getMessage("project.map.caption",
					new Object[] { project.name(LocaleContextHolder.getLocale().getLanguage()) }, LocaleContextHolder.getLocale()),
					covered, "none", styles));
		}
		Map<Long, String> names = organizations.namesOf(project.partners());
		model.addAttribute("partnerNames", project.partners().stream().map(names::get).toList());
		model.addAttribute("responsible", project.responsiblePersonId() == null ? null
				: people.get(project.responsiblePersonId()));
		model.addAttribute("extensions", projects.extensions(id));
		model.addAttribute("firstEnd", projects.firstEnd(id));
		model.addAttribute("events", projects.eventsOf(id));
		model.addAttribute("eventsToLink", projects.eventsToLink(id));
		model.addAttribute("activities", projects.activities(id));
		model.addAttribute("indicators", indicators.of(id));
		model.addAttribute("catalogue", indicators.catalogue());
		Map<String, Map<String, String>> choices = new LinkedHashMap<>(
				metrics.choices(indicators.catalogue(), Tenancy.require(), LocaleContextHolder.getLocale()));
		choices.remove("project");
		model.addAttribute("parameterChoices", choices);
		model.addAttribute("allocated", project.allocations().values().stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		return "projects/project";
	}

	// period, events and activities: each change comes back to the page with its message

	@PostMapping("/{id}/extensions")
	@Keepers
	String extend(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String newEndsOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "period", redirect, Map.of("newEndsOn", SectionChange.typed(newEndsOn), "reason", SectionChange.typed(reason)),
				() -> projects.extend(id, date("newEndsOn", newEndsOn), reason), "project.extended");
	}

	@PostMapping("/{id}/events")
	@Keepers
	String link(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long eventId,
			RedirectAttributes redirect) {
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "events", redirect, Map.of(), () -> {
			if (eventId == null) {
				throw InvalidInputException.of("eventId", "jakarta.validation.constraints.NotNull.message");
			}
			projects.linkEvent(id, eventId);
		}, "project.eventLinked");
	}

	@PostMapping("/{id}/events/{eventId}/unlink")
	@Keepers
	String unlink(@PathVariable String slug, @PathVariable long id, @PathVariable long eventId,
			RedirectAttributes redirect) {
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "events", redirect, Map.of(), () -> projects.unlinkEvent(id, eventId),
				"project.eventUnlinked");
	}

	@PostMapping("/{id}/activities")
	@Keepers
	String addActivity(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String plannedFrom, @RequestParam(required = false) String plannedUntil,
			@RequestParam(required = false) String doneOn, @RequestParam(required = false) String description,
			RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("title", SectionChange.typed(title), "plannedFrom", SectionChange.typed(plannedFrom), "plannedUntil",
				SectionChange.typed(plannedUntil), "doneOn", SectionChange.typed(doneOn), "description", SectionChange.typed(description));
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "activities", redirect, typed, () -> projects.addActivity(id, title,
				date("plannedFrom", plannedFrom), date("plannedUntil", plannedUntil), date("doneOn", doneOn), description),
				"project.activityAdded");
	}

	@PostMapping("/{id}/activities/{activityId}/done")
	@Keepers
	String done(@PathVariable String slug, @PathVariable long id, @PathVariable long activityId,
			@RequestParam(required = false) String doneOn, RedirectAttributes redirect) {
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "activities", redirect, Map.of(),
				() -> projects.markDone(id, activityId, date("doneOn", doneOn)), "common.saved");
	}

	@PostMapping("/{id}/activities/{activityId}/delete")
	@Keepers
	String deleteActivity(@PathVariable String slug, @PathVariable long id, @PathVariable long activityId,
			RedirectAttributes redirect) {
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "activities", redirect, Map.of(), () -> projects.deleteActivity(id, activityId),
				"project.activityDeleted");
	}

	// indicators

	@PostMapping("/{id}/indicators")
	@Keepers
	String addIndicator(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String target,
			@RequestParam(required = false) String metricKey, @RequestParam Map<String, String> fields,
			RedirectAttributes redirect) {
		// each parameter is picked from its list as parameters[name]; stored as name=value&...
		Map<String, String> picked = new LinkedHashMap<>();
		fields.forEach((field, value) -> {
			if (field.startsWith("parameters[") && field.endsWith("]") && !value.isBlank()) {
				picked.put(field.substring("parameters[".length(), field.length() - 1), value.strip());
			}
		});
		String metricParameters = MetricParameters.format(picked);
		Map<String, String> typed = new LinkedHashMap<>(picked);
		typed.putAll(Map.of("name", SectionChange.typed(name), "unit", SectionChange.typed(unit), "target",
				SectionChange.typed(target), "metricKey", SectionChange.typed(metricKey)));
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "indicators", redirect, typed, () -> {
			List<FieldError> errors = new ArrayList<>();
			BigDecimal amount = Amounts.parse("target", target, true, errors);
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			indicators.add(id, name, unit, amount, metricKey, metricParameters);
		}, "project.indicatorAdded");
	}

	@PostMapping("/{id}/indicators/{indicatorId}/value")
	@Keepers
	String recordValue(@PathVariable String slug, @PathVariable long id, @PathVariable long indicatorId,
			@RequestParam(required = false) String value, @RequestParam(required = false) String manualOn,
			@RequestParam(required = false) String evidenceLink, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "indicator-" + indicatorId, redirect, Map.of(), () -> {
			List<FieldError> errors = new ArrayList<>();
			BigDecimal amount = Amounts.parse("value", value, true, errors);
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			indicators.record(id, indicatorId, amount, date("manualOn", manualOn), evidenceLink, note);
		}, "common.saved");
	}

	@PostMapping("/{id}/indicators/{indicatorId}/delete")
	@Keepers
	String deleteIndicator(@PathVariable String slug, @PathVariable long id, @PathVariable long indicatorId,
			RedirectAttributes redirect) {
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id, "indicators", redirect, Map.of(), () -> indicators.delete(id, indicatorId),
				"project.indicatorDeleted");
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of(field, "typeMismatch");
		}
	}

	static String eur(BigDecimal amount) {
		return amount == null ? "" : new Money(amount).format();
	}
}
