package lt.tinklas.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lt.tinklas.projects.application.Amounts;
import lt.tinklas.projects.domain.BudgetLine;
import lt.tinklas.projects.domain.BudgetLineRecords;
import lt.tinklas.projects.domain.Expense;
import lt.tinklas.projects.domain.ExpenseRecords;
import lt.tinklas.projects.domain.Project;
import lt.tinklas.shared.sheets.Table;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's budget lines and expenses, spent and remaining per line, and the expense import. */
@Service
public class ProjectBudgets {

	/** The columns of an expense sheet; {@code line} is a budget line's name. */
	public static final List<String> COLUMNS = List.of("date", "line", "amount", "supplier", "document", "note");

	private final BudgetLineRecords lines;
	private final ExpenseRecords expenses;
	private final Projects projects;
	private final MessageSource messages;

	ProjectBudgets(BudgetLineRecords lines, ExpenseRecords expenses, Projects projects, MessageSource messages) {
		this.lines = lines;
		this.expenses = expenses;
		this.projects = projects;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public BudgetView of(long projectId) {
		return of(projectId, null, null);
	}

	/** The budget with the expenses of a period only (both days included; null: from the start, to the end). */
	@Transactional(readOnly = true)
	public BudgetView of(long projectId, LocalDate from, LocalDate to) {
		projects.find(projectId);
		List<BudgetLine> all = lines.findByProjectIdOrderBySortOrderAscIdAsc(projectId);
		Map<Long, String> names = all.stream().collect(Collectors.toMap(BudgetLine::getId, BudgetLine::getName));
		List<Expense> spent = expenses.findByProjectIdOrderBySpentOnAscIdAsc(projectId)
			.stream()
			.filter(e -> (from == null || !e.getSpentOn().isBefore(from)) && (to == null || !e.getSpentOn().isAfter(to)))
			.toList();
		List<BudgetView.Line> views = new ArrayList<>();
		BigDecimal planned = BigDecimal.ZERO.setScale(2);
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (BudgetLine line : all) {
			BigDecimal sum = spent.stream()
				.filter(e -> e.getLineId().equals(line.getId()))
				.map(Expense::getAmount)
				.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
			views.add(new BudgetView.Line(line.getId(), line.getName(), line.getPlanned(), sum,
					line.getPlanned().subtract(sum)));
			planned = planned.add(line.getPlanned());
			total = total.add(sum);
		}
		return new BudgetView(views, planned, total, planned.subtract(total),
				spent.stream()
					.map(e -> new BudgetView.ExpenseView(e.getId(), e.getLineId(), names.get(e.getLineId()), e.getSpentOn(),
							e.getAmount(), e.getSupplier(), e.getDocumentNumber(), e.getNote()))
					.toList());
	}

	@Transactional
	public BudgetView.Line addLine(long projectId, String name, BigDecimal planned) {
		projects.find(projectId);
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank()) {
			errors.add(new FieldError("name", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		else if (lines.findByProjectIdOrderBySortOrderAscIdAsc(projectId)
			.stream()
			.anyMatch(l -> l.getName().equalsIgnoreCase(name.strip()))) {
			errors.add(new FieldError("name", "budget.error.lineTaken", new Object[] { name.strip() }));
		}
		if (planned == null) {
			errors.add(new FieldError("planned", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		Amounts.check("planned", planned, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		int order = lines.findByProjectIdOrderBySortOrderAscIdAsc(projectId).size() + 1;
		BudgetLine line = lines.saveAndFlush(new BudgetLine(projectId, name, planned, order));
		return new BudgetView.Line(line.getId(), line.getName(), line.getPlanned(), BigDecimal.ZERO.setScale(2),
				line.getPlanned());
	}

	/** An expense within the project's period, on one of its lines, in whole cents. */
	@Transactional
	public BudgetView.ExpenseView addExpense(long projectId, ExpenseData data) {
		Project project = projects.find(projectId);
		List<FieldError> errors = check(project, data, lines(projectId));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Expense saved = expenses.saveAndFlush(new Expense(projectId, data.lineId(), data.spentOn(), data.amount(),
				data.supplier(), data.documentNumber(), data.note()));
		return new BudgetView.ExpenseView(saved.getId(), saved.getLineId(), lines(projectId).get(saved.getLineId()).getName(),
				saved.getSpentOn(), saved.getAmount(), saved.getSupplier(), saved.getDocumentNumber(), saved.getNote());
	}

	@Transactional
	public void deleteExpense(long projectId, long expenseId) {
		projects.find(projectId);
		expenses.delete(expenses.findById(expenseId)
			.filter(e -> e.getProjectId().equals(projectId))
			.orElseThrow(() -> new NotFoundException("Expense")));
	}

	/** An expense as typed. */
	public record ExpenseData(Long lineId, LocalDate spentOn, BigDecimal amount, String supplier, String documentNumber,
			String note) {
	}

	public record Problem(int row, String column, String message) {
	}

	public record ImportResult(int imported, List<Problem> problems) {
	}

	/**
	 * The expenses of a sheet (columns {@link #COLUMNS}; amounts with a comma or a dot): every row is
	 * checked first, and a sheet with any bad row imports nothing.
	 */
	@Transactional
	public ImportResult importExpenses(long projectId, Table table, Locale locale) {
		Project project = projects.find(projectId);
		List<Problem> problems = new ArrayList<>();
		for (String column : List.of("date", "line", "amount")) {
			if (!table.headers().contains(column)) {
				problems.add(new Problem(1, column, messages.getMessage("import.error.columns",
						new Object[] { String.join(", ", COLUMNS) }, locale)));
				return new ImportResult(0, problems);
			}
		}
		Map<Long, BudgetLine> byId = lines(projectId);
		Map<String, BudgetLine> byName = byId.values()
			.stream()
			.collect(Collectors.toMap(l -> l.getName().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
		List<ExpenseData> rows = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			List<Problem> found = new ArrayList<>();
			LocalDate day = null;
			BigDecimal amount = null;
			try {
				day = LocalDate.parse(row.get("date"));
			}
			catch (DateTimeParseException e) {
				found.add(new Problem(row.rowNumber(), "date",
						messages.getMessage("budget.error.date", new Object[] { row.get("date") }, locale)));
			}
			try {
				amount = new BigDecimal(row.get("amount").replace('\u00A0', ' ').replace(" ", "").replace(',', '.'));
			}
			catch (NumberFormatException e) {
				found.add(new Problem(row.rowNumber(), "amount",
						messages.getMessage("budget.error.amount", new Object[] { row.get("amount") }, locale)));
			}
			BudgetLine line = byName.get(row.get("line").toLowerCase(Locale.ROOT));
			if (line == null) {
				found.add(new Problem(row.rowNumber(), "line",
						messages.getMessage("budget.error.unknownLine", new Object[] { row.get("line") }, locale)));
			}
			ExpenseData data = new ExpenseData(line == null ? null : line.getId(), day, amount, row.get("supplier"),
					row.get("document"), row.get("note"));
			if (found.isEmpty()) {
				for (FieldError error : check(project, data, byId)) {
					found.add(new Problem(row.rowNumber(), column(error.field()),
							messages.getMessage(error.messageKey(), error.arguments(), locale)));
				}
			}
			problems.addAll(found);
			rows.add(data);
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, problems);
		}
		for (ExpenseData data : rows) {
			expenses.save(new Expense(projectId, data.lineId(), data.spentOn(), data.amount(), data.supplier(),
					data.documentNumber(), data.note()));
		}
		expenses.flush();
		return new ImportResult(rows.size(), List.of());
	}

	private static String column(String field) {
		return switch (field) {
			case "spentOn" -> "date";
			case "lineId" -> "line";
			case "documentNumber" -> "document";
			default -> field;
		};
	}

	private List<FieldError> check(Project project, ExpenseData data, Map<Long, BudgetLine> byId) {
		List<FieldError> errors = new ArrayList<>();
		if (data.lineId() == null || !byId.containsKey(data.lineId())) {
			errors.add(new FieldError("lineId", "budget.error.lineRequired", new Object[0]));
		}
		if (data.spentOn() == null) {
			errors.add(new FieldError("spentOn", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		else if (data.spentOn().isBefore(project.getStartsOn()) || data.spentOn().isAfter(project.getEndsOn())) {
			errors.add(new FieldError("spentOn", "budget.error.outsidePeriod", new Object[] {
					String.valueOf(data.spentOn()), String.valueOf(project.getStartsOn()), String.valueOf(project.getEndsOn()) }));
		}
		if (data.amount() == null) {
			errors.add(new FieldError("amount", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		else if (data.amount().signum() == 0) {
			errors.add(new FieldError("amount", "budget.error.zero", new Object[0]));
		}
		Amounts.check("amount", data.amount(), errors);
		for (String[] text : new String[][] { { "supplier", data.supplier(), "300" },
				{ "documentNumber", data.documentNumber(), "100" }, { "note", data.note(), "1000" } }) {
			if (text[1] != null && text[1].length() > Integer.parseInt(text[2])) {
				errors.add(new FieldError(text[0], "common.error.tooLong", new Object[] { Integer.parseInt(text[2]) }));
			}
		}
		return errors;
	}

	private Map<Long, BudgetLine> lines(long projectId) {
		return lines.findByProjectIdOrderBySortOrderAscIdAsc(projectId)
			.stream()
			.collect(Collectors.toMap(BudgetLine::getId, Function.identity()));
	}
}
