package lt.tinklas.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A project as typed. Amounts are exact euro with at most two decimals; {@code allocations} are
 * the amounts given per year, where the funding is per year.
 */
public record ProjectData(@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameEn,
		@Size(max = 60) String code, Long funderId, @Size(max = 1000) String programme, @NotNull SourceType sourceType,
		@NotNull ProjectStatus status, BigDecimal value, BigDecimal grant, BigDecimal ownContribution,
		@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @Size(max = 4000) String goal,
		@Size(max = 4000) String objectives, @Size(max = 1000) String targetGroups, Long responsiblePersonId,
		@Size(max = 2000) String notice, boolean isPublic, List<String> municipalities, List<Long> partners,
		Map<Integer, BigDecimal> allocations) {

	public ProjectData {
		municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
		partners = partners == null ? List.of() : List.copyOf(partners);
		allocations = allocations == null ? Map.of() : new TreeMap<>(allocations);
	}
}
