package lt.tinklas.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.projects.ProjectData;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.SourceType;
import lt.tinklas.projects.application.Amounts;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form as typed. Amounts are kept as text (“173 552,19” or “173552.19”) so that what
 * was typed comes back beside its message; allocations are lines of “year amount”.
 */
public record ProjectForm(
		String name,
		String nameEn,
		String code,
		Long funderId,
		String programme,
		SourceType sourceType,
		ProjectStatus status,
		String value,
		String grant,
		String ownContribution,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
		String goal,
		String objectives,
		String targetGroups,
		Long responsiblePersonId,
		String notice,
		Boolean publicProject,
		List<String> municipalities,
		List<Long> partners,
		String allocations,
		Long version) {

	public ProjectForm {
		// a box left unticked, or not on the page at all, is false
		publicProject = Boolean.TRUE.equals(publicProject);
		municipalities = municipalities == null ? List.of() : municipalities;
		partners = partners == null ? List.of() : partners;
	}

	/** A new project's form: an ongoing project on the state budget. */
	static ProjectForm empty() {
		return new ProjectForm(null, null, null, null, null, SourceType.STATE_BUDGET, ProjectStatus.ONGOING, null, null,
				null, null, null, null, null, null, null, null, false, null, null, null, null);
	}

	static ProjectForm of(ProjectView p) {
		String allocations = String.join("\n",
				p.allocations().entrySet().stream().map(e -> e.getKey() + " " + typed(e.getValue())).toList());
		return new ProjectForm(p.name(), p.nameEn(), p.code(), p.funderId(), p.programme(), p.sourceType(), p.status(),
				typed(p.value()), typed(p.grant()), typed(p.ownContribution()), p.startsOn(), p.endsOn(), p.goal(),
				p.objectives(), p.targetGroups(), p.responsiblePersonId(), p.notice(), p.isPublic(),
				new ArrayList<>(p.municipalities()), new ArrayList<>(p.partners()), allocations, p.version());
	}

	private static String typed(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2).toPlainString().replace('.', ',');
	}

	static BigDecimal amount(String field, String text, List<FieldError> errors) {
		return Amounts.parse(field, text, true, errors);
	}

	ProjectData toData() {
		List<FieldError> errors = new ArrayList<>();
		BigDecimal v = amount("value", value, errors);
		BigDecimal g = amount("grant", grant, errors);
		BigDecimal o = amount("ownContribution", ownContribution, errors);
		Map<Integer, BigDecimal> yearly = new LinkedHashMap<>();
		if (allocations != null) {
			for (String line : allocations.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
				String[] parts = line.split("[\\s:;]+", 2);
				try {
					int year = Integer.parseInt(parts[0]);
					BigDecimal amount = parts.length < 2 ? null : amount("allocations", parts[1], errors);
					if (amount == null) {
						errors.add(new FieldError("allocations", "project.error.allocationLine", new Object[] { line }));
					}
					else {
						yearly.put(year, amount);
					}
				}
				catch (NumberFormatException e) {
					errors.add(new FieldError("allocations", "project.error.allocationLine", new Object[] { line }));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new ProjectData(name, nameEn, code, funderId, programme, sourceType, status, v, g, o, startsOn, endsOn, goal,
				objectives, targetGroups, responsiblePersonId, notice, publicProject, municipalities, partners, yearly);
	}
}
