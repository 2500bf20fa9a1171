package lt.tinklas.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import lt.tinklas.shared.money.Money;

/** A project with its current period (the end is the latest extension's). */
public record ProjectView(long id, long version, String name, String nameEn, String code, Long funderId,
		String programme, SourceType sourceType, ProjectStatus status, BigDecimal value, BigDecimal grant,
		BigDecimal ownContribution, LocalDate startsOn, LocalDate endsOn, String goal, String objectives,
		String targetGroups, Long responsiblePersonId, String notice, @JsonProperty("public") boolean isPublic,
		List<String> municipalities, List<Long> partners, Map<Integer, BigDecimal> allocations, List<Long> eventIds) {

	public String name(String language) {
		return "en".equals(language) && nameEn != null ? nameEn : name;
	}

	@JsonIgnore
	public List<String> objectiveList() {
		return objectives == null ? List.of()
				: objectives.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** An amount the Lithuanian way, or "" when there is none. */
	public static String eur(BigDecimal amount) {
		return amount == null ? "" : new Money(amount).format();
	}
}
