package lt.tinklas.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.projects.application.ActivityView;
import lt.tinklas.projects.application.Amounts;
import lt.tinklas.projects.application.ExtensionView;
import lt.tinklas.projects.domain.ActivityRecords;
import lt.tinklas.projects.domain.ExtensionRecords;
import lt.tinklas.projects.domain.FunderRecords;
import lt.tinklas.projects.domain.Project;
import lt.tinklas.projects.domain.ProjectActivity;
import lt.tinklas.projects.domain.ProjectExtension;
import lt.tinklas.projects.domain.ProjectRecords;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A network's funded projects: their data and money, extensions, events and other activities. */
@Service
public class Projects {

	private final ProjectRecords projects;
	private final FunderRecords funders;
	private final ExtensionRecords extensions;
	private final ActivityRecords activities;
	private final Events events;
	private final Municipalities municipalities;
	private final Organizations organizations;
	private final People people;
	private final RecordHistory history;

	Projects(ProjectRecords projects, FunderRecords funders, ExtensionRecords extensions, ActivityRecords activities,
			Events events, Municipalities municipalities, Organizations organizations, People people,
			RecordHistory history) {
		this.projects = projects;
		this.funders = funders;
		this.extensions = extensions;
		this.activities = activities;
		this.events = events;
		this.municipalities = municipalities;
		this.organizations = organizations;
		this.people = people;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public List<ProjectView> list() {
		return projects.findAllByOrderByStartsOnDescIdDesc().stream().map(Projects::view).toList();
	}

	@Transactional(readOnly = true)
	public ProjectView get(long id) {
		return view(find(id));
	}

	@Transactional
	public ProjectView create(ProjectData data) {
		check(data, null);
		return view(projects.saveAndFlush(new Project(data)));
	}

	/** Changes the project; its end changes only by an extension. */
	@Transactional
	public ProjectView update(long id, long version, ProjectData data) {
		Project project = find(id);
		project.checkVersion(version);
		check(data, project);
		project.apply(data);
		return view(projects.saveAndFlush(project));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Project.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Project.class, id, version);
	}

	// extensions

	/** Moves the end later, keeping the earlier end and the reason. */
	@Transactional
	public ProjectView extend(long id, LocalDate newEndsOn, String reason) {
		Project project = find(id);
		List<FieldError> errors = new ArrayList<>();
		if (newEndsOn == null) {
			errors.add(new FieldError("newEndsOn", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		else if (!newEndsOn.isAfter(project.getEndsOn())) {
			errors.add(new FieldError("newEndsOn", "project.error.extensionNotLater",
					new Object[] { String.valueOf(project.getEndsOn()) }));
		}
		if (reason == null || reason.isBlank()) {
			errors.add(new FieldError("reason", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		else if (reason.length() > 1000) {
			errors.add(new FieldError("reason", "common.error.tooLong", new Object[] { 1000 }));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		extensions.save(new ProjectExtension(id, project.getEndsOn(), newEndsOn, reason));
		project.extendTo(newEndsOn);
		return view(projects.saveAndFlush(project));
	}

	@Transactional(readOnly = true)
	public List<ExtensionView> extensions(long id) {
		find(id);
		return extensions.findByProjectIdOrderByRecordedAtAscIdAsc(id)
			.stream()
			.map(e -> new ExtensionView(e.getId(), e.getPreviousEndsOn(), e.getNewEndsOn(), e.getReason(),
					e.getRecordedAt()))
			.toList();
	}

	/** The period as it was first set: the start and the end before any extension. */
	@Transactional(readOnly = true)
	public LocalDate firstEnd(long id) {
		Project project = find(id);
		return extensions.findByProjectIdOrderByRecordedAtAscIdAsc(id)
			.stream()
			.findFirst()
			.map(ProjectExtension::getPreviousEndsOn)
			.orElse(project.getEndsOn());
	}

	// events

	/** Links an event that starts within the project's period and belongs to no other project. */
	@Transactional
	public ProjectView linkEvent(long id, long eventId) {
		Project project = find(id);
		EventView event = events.get(eventId);
		LocalDate day = event.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate();
		if (day.isBefore(project.getStartsOn()) || day.isAfter(project.getEndsOn())) {
			throw InvalidInputException.of("eventId", "project.error.eventOutside", event.title(), String.valueOf(day),
					String.valueOf(project.getStartsOn()), String.valueOf(project.getEndsOn()));
		}
		Optional<Project> other = projects.findByEvent(eventId);
		if (other.isPresent() && !other.get().getId().equals(project.getId())) {
			throw InvalidInputException.of("eventId", "project.error.eventTaken", event.title(), other.get().getName());
		}
		project.link(eventId);
		return view(projects.saveAndFlush(project));
	}

	@Transactional
	public ProjectView unlinkEvent(long id, long eventId) {
		Project project = find(id);
		project.unlink(eventId);
		return view(projects.saveAndFlush(project));
	}

	@Transactional(readOnly = true)
	public List<EventView> eventsOf(long id) {
		return find(id).getEventIds()
			.stream()
			.map(events::get)
			.sorted(Comparator.comparing(EventView::startsAt))
			.toList();
	}

	/** The events of the project's period that no project has yet, to link. */
	@Transactional(readOnly = true)
	public List<EventView> eventsToLink(long id) {
		Project project = find(id);
		List<EventView> inPeriod = events.list(project.getStartsOn(), project.getEndsOn(), null);
		Set<Long> linked = inPeriod.isEmpty() ? Set.of()
				: new HashSet<>(projects.linkedAmong(inPeriod.stream().map(EventView::id).toList()));
		return inPeriod.stream().filter(e -> !linked.contains(e.id())).toList();
	}

	// other activities

	@Transactional
	public ActivityView addActivity(long id, String title, LocalDate plannedFrom, LocalDate plannedUntil,
			LocalDate doneOn, String description) {
		find(id);
		List<FieldError> errors = new ArrayList<>();
		if (title == null || title.isBlank()) {
			errors.add(new FieldError("title", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		else if (title.length() > 300) {
			errors.add(new FieldError("title", "common.error.tooLong", new Object[] { 300 }));
		}
		if (plannedFrom != null && plannedUntil != null && plannedUntil.isBefore(plannedFrom)) {
			errors.add(new FieldError("plannedUntil", "common.error.endBeforeStart", new Object[0]));
		}
		if (description != null && description.length() > 4000) {
			errors.add(new FieldError("description", "common.error.tooLong", new Object[] { 4000 }));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return view(activities.saveAndFlush(new ProjectActivity(id, title, plannedFrom, plannedUntil, doneOn, description)));
	}

	@Transactional
	public void markDone(long id, long activityId, LocalDate on) {
		if (on == null) {
			throw InvalidInputException.of("doneOn", "jakarta.validation.constraints.NotNull.message");
		}
		activity(id, activityId).markDone(on);
	}

	@Transactional
	public void deleteActivity(long id, long activityId) {
		activities.delete(activity(id, activityId));
	}

	@Transactional(readOnly = true)
	public List<ActivityView> activities(long id) {
		find(id);
		return activities.findByProjectIdOrderByPlannedFromAscIdAsc(id).stream().map(Projects::view).toList();
	}

	private ProjectActivity activity(long id, long activityId) {
		return activities.findById(activityId)
			.filter(a -> a.getProjectId().equals(id))
			.orElseThrow(() -> new NotFoundException("Activity"));
	}

	// checks

	private void check(ProjectData data, Project existing) {
		List<FieldError> errors = new ArrayList<>();
		if (data.name() == null || data.name().isBlank()) {
			errors.add(new FieldError("name", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		else if (data.name().length() > 300) {
			errors.add(new FieldError("name", "common.error.tooLong", new Object[] { 300 }));
		}
		for (Object[] required : new Object[][] { { "sourceType", data.sourceType() }, { "status", data.status() },
				{ "startsOn", data.startsOn() }, { "endsOn", data.endsOn() } }) {
			if (required[1] == null) {
				errors.add(new FieldError((String) required[0], "jakarta.validation.constraints.NotNull.message",
						new Object[0]));
			}
		}
		int before = errors.size();
		Amounts.check("value", data.value(), errors);
		Amounts.check("grant", data.grant(), errors);
		Amounts.check("ownContribution", data.ownContribution(), errors);
		boolean amountsFine = errors.size() == before;
		if (amountsFine && data.value() != null && data.grant() != null && data.grant().compareTo(data.value()) > 0) {
			errors.add(new FieldError("grant", "project.error.grantAboveValue",
					new Object[] { ProjectView.eur(data.grant()), ProjectView.eur(data.value()) }));
		}
		LocalDate end = existing == null ? data.endsOn() : existing.getEndsOn();
		if (data.startsOn() != null && end != null && end.isBefore(data.startsOn())) {
			errors.add(new FieldError(existing == null ? "endsOn" : "startsOn", "common.error.endBeforeStart",
					new Object[0]));
		}
		if (data.funderId() != null && funders.findById(data.funderId()).isEmpty()) {
			errors.add(new FieldError("funderId", "project.error.unknownFunder", new Object[] { data.funderId() }));
		}
		for (String code : data.municipalities()) {
			if (municipalities.byIso(code).isEmpty()) {
				errors.add(new FieldError("municipalities", "project.error.unknownMunicipality", new Object[] { code }));
			}
		}
		for (Long partner : data.partners()) {
			if (partner == null || !organizations.exists(partner)) {
				errors.add(new FieldError("partners", "project.error.unknownPartner", new Object[] { partner }));
			}
		}
		if (data.responsiblePersonId() != null) {
			try {
				people.get(data.responsiblePersonId());
			}
			catch (NotFoundException e) {
				errors.add(new FieldError("responsiblePersonId", "project.error.unknownPerson",
						new Object[] { data.responsiblePersonId() }));
			}
		}
		for (Map.Entry<Integer, BigDecimal> allocation : data.allocations().entrySet()) {
			if (data.startsOn() != null && end != null
					&& (allocation.getKey() < data.startsOn().getYear() || allocation.getKey() > end.getYear())) {
				errors.add(new FieldError("allocations", "project.error.allocationYear",
						new Object[] { allocation.getKey() }));
			}
			Amounts.check("allocations", allocation.getValue(), errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	Project find(long id) {
		return projects.findById(id).orElseThrow(() -> new NotFoundException("Project"));
	}

	static ProjectView view(Project p) {
		Map<Integer, BigDecimal> allocations = new TreeMap<>();
		p.getAllocations().forEach(a -> allocations.put(a.getYear(), a.getAmount()));
		return new ProjectView(p.getId(), p.getVersion(), p.getName(), p.getNameEn(), p.getCode(), p.getFunderId(),
				p.getProgramme(), p.getSourceType(), p.getStatus(), p.getValue(), p.getGrant(), p.getOwnContribution(),
				p.getStartsOn(), p.getEndsOn(), p.getGoal(), p.getObjectives(), p.getTargetGroups(),
				p.getResponsiblePersonId(), p.getNotice(), p.isOpen(), p.getMunicipalities().stream().sorted().toList(),
				List.copyOf(p.getPartners()), allocations, List.copyOf(p.getEventIds()));
	}

	static ActivityView view(ProjectActivity a) {
		return new ActivityView(a.getId(), a.getTitle(), a.getPlannedFrom(), a.getPlannedUntil(), a.getDoneOn(),
				a.getDescription());
	}
}
