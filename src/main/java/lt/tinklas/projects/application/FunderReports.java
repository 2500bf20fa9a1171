package lt.tinklas.projects.application;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.events.EventView;
import lt.tinklas.projects.Funders;
import lt.tinklas.projects.ProjectBudgets;
import lt.tinklas.projects.ProjectIndicatorView;
import lt.tinklas.projects.ProjectIndicators;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.Projects;
import lt.tinklas.projects.application.ActivityView;
import lt.tinklas.projects.BudgetView;
import lt.tinklas.projects.application.ExtensionView;
import lt.tinklas.projects.FunderView;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report a funder asks for, for a period: the project's data, the events and other activities
 * done in it, the indicators' targets and actuals, and the budget by line with the period's expenses.
 */
@Service
public class FunderReports {

	private final Projects projects;
	private final Funders funders;
	private final ProjectIndicators indicators;
	private final ProjectBudgets budgets;

	FunderReports(Projects projects, Funders funders, ProjectIndicators indicators, ProjectBudgets budgets) {
		this.projects = projects;
		this.funders = funders;
		this.indicators = indicators;
		this.budgets = budgets;
	}

	public record Report(ProjectView project, FunderView funder, LocalDate from, LocalDate to, List<EventView> events,
			List<ActivityView> activities, List<ProjectIndicatorView> indicators, BudgetView budget,
			List<ExtensionView> extensions) {
	}

	/** The report of from..to (both included; the project's whole period by default). */
	@Transactional(readOnly = true)
	public Report report(long projectId, LocalDate from, LocalDate to) {
		ProjectView project = projects.get(projectId);
		LocalDate start = from == null ? project.startsOn() : from;
		LocalDate end = to == null ? project.endsOn() : to;
		if (end.isBefore(start)) {
			throw InvalidInputException.of("to", "common.error.endBeforeStart");
		}
		List<EventView> events = projects.eventsOf(projectId)
			.stream()
			.filter(e -> {
				LocalDate day = e.startsAt().atZoneSameInstant(Formats.VILNIUS).toLocalDate();
				return !day.isBefore(start) && !day.isAfter(end);
			})
			.toList();
		List<ActivityView> done = projects.activities(projectId)
			.stream()
			.filter(a -> a.doneOn() != null && !a.doneOn().isBefore(start) && !a.doneOn().isAfter(end))
			.toList();
		FunderView funder = project.funderId() == null ? null : funders.get(project.funderId());
		return new Report(project, funder, start, end, events, done, indicators.of(projectId),
				budgets.of(projectId, start, end), projects.extensions(projectId));
	}
}
