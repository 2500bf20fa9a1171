package lt.tinklas.projects.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lt.tinklas.projects.ProjectBudgets;
import lt.tinklas.projects.Projects;
import lt.tinklas.projects.application.Amounts;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.sheets.TableFiles;
import lt.tinklas.shared.sheets.SpreadsheetLimits;
import lt.tinklas.shared.sheets.UnreadableFileException;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's budget: lines with plan, spent and remaining, the expenses, and their import. */
@Controller
@RequestMapping("/n/{slug}/projects/{id}/budget")
class BudgetController {

	private final Projects projects;
	private final ProjectBudgets budgets;
	private final MessageSource messages;
	private final SpreadsheetLimits limits;

	BudgetController(Projects projects, ProjectBudgets budgets, MessageSource messages, SpreadsheetLimits limits) {
		this.limits = limits;
		this.projects = projects;
		this.budgets = budgets;
		this.messages = messages;
	}

	@GetMapping
	@Readers
	String budget(@PathVariable long id, Model model) {
		model.addAttribute("project", projects.get(id));
		model.addAttribute("budget", budgets.of(id));
		model.addAttribute("columns", String.join(", ", ProjectBudgets.COLUMNS));
		return "projects/budget";
	}

	@PostMapping("/lines")
	@Keepers
	String addLine(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String planned, RedirectAttributes redirect) {
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id + "/budget", "lines", redirect, Map.of("name", SectionChange.typed(name), "planned", SectionChange.typed(planned)), () -> {
			List<FieldError> errors = new ArrayList<>();
			BigDecimal amount = Amounts.parse("planned", planned, true, errors);
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			budgets.addLine(id, name, amount);
		}, "budget.lineAdded");
	}

	@PostMapping("/expenses")
	@Keepers
	String addExpense(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long lineId,
			@RequestParam(required = false) String spentOn, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String supplier, @RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("lineId", lineId == null ? "" : lineId.toString(), "spentOn", SectionChange.typed(spentOn),
				"amount", SectionChange.typed(amount), "supplier", SectionChange.typed(supplier), "documentNumber", SectionChange.typed(documentNumber), "note",
				SectionChange.typed(note));
		return SectionChange.run(messages, "/n/" + slug + "/projects/" + id + "/budget", "expenses", redirect, typed, () -> {
			List<FieldError> errors = new ArrayList<>();
			BigDecimal money = Amounts.parse("amount", amount, true, errors);
			LocalDate day = null;
			try {
				day = spentOn == null || spentOn.isBlank() ? null : LocalDate.parse(spentOn.strip());
			}
			catch (DateTimeParseException e) {
				errors.add(new FieldError("spentOn", "typeMismatch", new Object[0]));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			budgets.addExpense(id, new ProjectBudgets.ExpenseData(lineId, day, money, supplier, documentNumber, note));
		}, "budget.expenseAdded");
	}

	@PostMapping("/expenses/{expenseId}/delete")
	@Keepers
	String deleteExpense(@PathVariable String slug, @PathVariable long id, @PathVariable long expenseId,
			RedirectAttributes redirect) {
		budgets.deleteExpense(id, expenseId);
		redirect.addFlashAttribute("saved", "budget.expenseDeleted");
		return "redirect:/n/" + slug + "/projects/" + id + "/budget#expenses";
	}

	@PostMapping("/import")
	@Keepers
	String importExpenses(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", messages.getMessage("budget.error.noFile", null, LocaleContextHolder.getLocale()));
			return budget(id, model);
		}
		ProjectBudgets.ImportResult result;
		try {
			result = budgets.importExpenses(id, TableFiles.read(file.getBytes(), file.getOriginalFilename(), limits),
					LocaleContextHolder.getLocale());
		}
		catch (UnreadableFileException e) {
			model.addAttribute("importError", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
			return budget(id, model);
		}
		if (!result.problems().isEmpty()) {
			model.addAttribute("importProblems", result.problems());
			return budget(id, model);
		}
		redirect.addFlashAttribute("saved", "budget.imported");
		redirect.addFlashAttribute("importedCount", result.imported());
		return "redirect:/n/" + slug + "/projects/" + id + "/budget#expenses";
	}

}
