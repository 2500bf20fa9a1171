package lt.tinklas.projects.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.SourceType;
import lt.tinklas.projects.domain.Allocation;
import lt.tinklas.projects.domain.Project;
import lt.tinklas.projects.domain.ProjectRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funds a network's projects brought, by source and year. A project counts once it is ongoing
 * or completed; its grant (its value when there is no grant) goes to the years by its yearly
 * allocations, or, when it has none, pro rata by the days of its period in each year, the last
 * year taking the cents rounding leaves.
 */
@Service
public class FundingSummary {

	private final ProjectRecords projects;

	FundingSummary(ProjectRecords projects) {
		this.projects = projects;
	}

	/** One project's money in one year, and how it was found. */
	public record Share(long projectId, String project, SourceType source, int year, BigDecimal amount, boolean byAllocation) {
	}

	/** The table: amounts by source and year, with the totals, and every share behind them. */
	public record Summary(List<Integer> years, Map<SourceType, Map<Integer, BigDecimal>> bySource,
			Map<Integer, BigDecimal> totals, List<Share> shares) {

		public BigDecimal cell(SourceType source, int year) {
			return bySource.getOrDefault(source, Map.of()).getOrDefault(year, BigDecimal.ZERO.setScale(2));
		}

		/** The year's total as a share of the largest year's, 0-100, for the chart. */
		public int width(int year) {
			BigDecimal max = totals.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
			BigDecimal total = totals.getOrDefault(year, BigDecimal.ZERO);
			return max.signum() <= 0 ? 0
					: total.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
		}
	}

	@Transactional(readOnly = true)
	public Summary summary() {
		List<Share> shares = new ArrayList<>();
		for (Project project : projects.findAll()) {
			shares.addAll(shares(project));
		}
		TreeSet<Integer> years = new TreeSet<>();
		Map<SourceType, Map<Integer, BigDecimal>> bySource = new EnumMap<>(SourceType.class);
		Map<Integer, BigDecimal> totals = new TreeMap<>();
		for (Share share : shares) {
			years.add(share.year());
			bySource.computeIfAbsent(share.source(), s -> new TreeMap<>()).merge(share.year(), share.amount(), BigDecimal::add);
			totals.merge(share.year(), share.amount(), BigDecimal::add);
		}
		return new Summary(List.copyOf(years), bySource, totals, shares);
	}

	/** The shares of the years from..to (inclusive), optionally of one source. */
	@Transactional(readOnly = true)
	public List<Share> shares(int fromYear, int toYear, SourceType source) {
		return summary().shares()
			.stream()
			.filter(s -> s.year() >= fromYear && s.year() <= toYear && (source == null || s.source() == source))
			.toList();
	}

	static List<Share> shares(Project project) {
		if (project.getStatus() != ProjectStatus.ONGOING && project.getStatus() != ProjectStatus.COMPLETED) {
			return List.of();
		}
		List<Share> shares = new ArrayList<>();
		if (!project.getAllocations().isEmpty()) {
			for (Allocation allocation : project.getAllocations()) {
				shares.add(new Share(project.getId(), project.getName(), project.getSourceType(), allocation.getYear(),
						allocation.getAmount(), true));
			}
			shares.sort(Comparator.comparing(Share::year));
			return shares;
		}
		BigDecimal money = project.getGrant() != null ? project.getGrant() : project.getValue();
		if (money == null) {
			return List.of();
		}
		LocalDate start = project.getStartsOn();
		LocalDate end = project.getEndsOn();
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		BigDecimal given = BigDecimal.ZERO.setScale(2);
		for (int year = start.getYear(); year <= end.getYear(); year++) {
			BigDecimal amount;
			if (year == end.getYear()) {
				amount = money.subtract(given);
			}
			else {
				LocalDate from = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
				long inYear = ChronoUnit.DAYS.between(from, LocalDate.of(year, 12, 31)) + 1;
				amount = money.multiply(BigDecimal.valueOf(inYear)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
				given = given.add(amount);
			}
			shares.add(new Share(project.getId(), project.getName(), project.getSourceType(), year,
					amount.setScale(2, RoundingMode.UNNECESSARY), false));
		}
		return shares;
	}
}
