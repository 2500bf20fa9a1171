package lt.tinklas.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricParameters;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.projects.application.Amounts;
import lt.tinklas.projects.domain.Project;
import lt.tinklas.projects.domain.ProjectIndicator;
import lt.tinklas.projects.domain.ProjectIndicatorRecords;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Numbers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lt.tinklas.shared.text.WebLinks;

/**
 * A project's indicators. A computed one asks an event metric (participants, participations,
 * events by type, municipalities reached, hours, ratings) within the project's events and period;
 * a hand-kept one holds its value with the date and the evidence.
 */
@Service
public class ProjectIndicators {

	private final ProjectIndicatorRecords indicators;
	private final Projects projects;
	private final Metrics metrics;
	private final NetworkLookup networks;
	private final RecordHistory history;

	ProjectIndicators(ProjectIndicatorRecords indicators, Projects projects, Metrics metrics, NetworkLookup networks,
			RecordHistory history) {
		this.indicators = indicators;
		this.projects = projects;
		this.metrics = metrics;
		this.networks = networks;
		this.history = history;
	}

	/** The metrics an indicator may count: those that can be kept within a project's events. */
	public List<MetricDefinition> catalogue() {
		return metrics.definitions().stream().filter(d -> d.parameters().contains("project")).toList();
	}

	@Transactional(readOnly = true)
	public List<ProjectIndicatorView> of(long projectId) {
		Project project = projects.find(projectId);
		return indicators.findByProjectIdOrderByIdAsc(projectId).stream().map(i -> view(project, i)).toList();
	}

	@Transactional
	public ProjectIndicatorView add(long projectId, String name, String unit, BigDecimal target, String metricKey,
			String parameters) {
		Project project = projects.find(projectId);
		ProjectIndicator indicator = new ProjectIndicator(projectId);
		define(project, indicator, name, unit, target, metricKey, parameters);
		return view(project, indicators.saveAndFlush(indicator));
	}

	@Transactional
	public ProjectIndicatorView update(long projectId, long indicatorId, long version, String name, String unit,
			BigDecimal target, String metricKey, String parameters) {
		Project project = projects.find(projectId);
		ProjectIndicator indicator = find(projectId, indicatorId);
		indicator.checkVersion(version);
		define(project, indicator, name, unit, target, metricKey, parameters);
		return view(project, indicators.saveAndFlush(indicator));
	}

	/** The value of a hand-kept indicator, with the day it holds for and its evidence. */
	@Transactional
	public ProjectIndicatorView record(long projectId, long indicatorId, BigDecimal value, LocalDate on,
			String evidenceLink, String note) {
		Project project = projects.find(projectId);
		ProjectIndicator indicator = find(projectId, indicatorId);
		List<FieldError> errors = new ArrayList<>();
		if (indicator.getMetricKey() != null) {
			errors.add(new FieldError("value", "projectIndicator.error.computed", new Object[0]));
		}
		if (value == null) {
			errors.add(new FieldError("value", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		Amounts.check("value", value, errors);
		if (on == null) {
			errors.add(new FieldError("manualOn", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		if (evidenceLink != null && !evidenceLink.isBlank() && !WebLinks.acceptable(evidenceLink)) {
			errors.add(new FieldError("evidenceLink", "validation.url", new Object[0]));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		indicator.record(value, on, evidenceLink, note);
		return view(project, indicators.saveAndFlush(indicator));
	}

	@Transactional
	public void delete(long projectId, long indicatorId) {
		indicators.delete(find(projectId, indicatorId));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long projectId, long indicatorId) {
		find(projectId, indicatorId);
		return history.of(ProjectIndicator.class, indicatorId);
	}

	private void define(Project project, ProjectIndicator indicator, String name, String unit, BigDecimal target,
			String metricKey, String parameters) {
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank()) {
			errors.add(new FieldError("name", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		if (target == null) {
			errors.add(new FieldError("target", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		Amounts.check("target", target, errors);
		Map<String, String> chosen = new LinkedHashMap<>();
		if (metricKey != null && !metricKey.isBlank()) {
			try {
				chosen = MetricParameters.parse(parameters);
				MetricDefinition definition = metrics.definition(metricKey);
				if (!definition.parameters().contains("project")) {
					errors.add(new FieldError("metricKey", "projectIndicator.error.notWithinProject",
							new Object[] { new DefaultMessageSourceResolvable(definition.labelKey()) }));
				}
				else {
					chosen.remove("project");
					compute(project, metricKey, chosen);
				}
			}
			catch (NotFoundException e) {
				errors.add(new FieldError("metricKey", "strategy.error.unknownMetric", new Object[] { metricKey }));
			}
			catch (InvalidInputException e) {
				e.errors().forEach(error -> errors.add(new FieldError("metricParameters", error.messageKey(),
						error.arguments())));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		indicator.define(name, unit, target, metricKey, MetricParameters.format(chosen));
	}

	/** The metric's number within the project's events and period (its drill-down is a link away). */
	private BigDecimal compute(Project project, String key, Map<String, String> parameters) {
		Map<String, String> all = new LinkedHashMap<>(parameters);
		all.put("project", String.valueOf(project.getId()));
		MetricDefinition definition = metrics.definition(key);
		return metrics.value(key,
				metrics.query(definition, Tenancy.require(), project.getStartsOn(), project.getEndsOn(), all));
	}

	private ProjectIndicatorView view(Project project, ProjectIndicator i) {
		Map<String, String> parameters = MetricParameters.parse(i.getMetricParameters());
		BigDecimal actual;
		String drilldown = null;
		if (i.getMetricKey() == null) {
			actual = i.getManualValue();
		}
		else {
			actual = compute(project, i.getMetricKey(), parameters);
			StringBuilder path = new StringBuilder("/n/" + networks.slugOf(Tenancy.require()) + "/metrics/"
					+ i.getMetricKey() + "?from=" + project.getStartsOn() + "&to=" + project.getEndsOn() + "&project="
					+ project.getId());
			parameters.forEach((name, value) -> path.append('&')
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			drilldown = path.toString();
		}
		BigDecimal shown = actual == null ? null : Numbers.plain(actual);
		int percent = shown == null || i.getTarget().signum() == 0 ? 0
				: shown.multiply(BigDecimal.valueOf(100)).divide(i.getTarget(), 0, RoundingMode.HALF_UP).intValue();
		return new ProjectIndicatorView(i.getId(), i.getVersion(), i.getName(), i.getUnit(), Numbers.plain(i.getTarget()),
				i.getMetricKey(), parameters, shown, percent, i.getManualOn(), i.getEvidenceLink(), i.getNote(),
				drilldown);
	}

	private ProjectIndicator find(long projectId, long indicatorId) {
		return indicators.findById(indicatorId)
			.filter(i -> i.getProjectId().equals(projectId))
			.orElseThrow(() -> new NotFoundException("Project indicator"));
	}
}
