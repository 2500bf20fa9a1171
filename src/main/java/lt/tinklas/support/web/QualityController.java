package lt.tinklas.support.web;

import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.web.NetworkContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.organizations.Organizations;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.support.QualityStage;
import lt.tinklas.support.QualityStandards;
import lt.tinklas.support.StageData;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Quality standards: every member's current stage (filtered like the directory by standard, stage
 * and year), the standards themselves, and one organization's way through them.
 */
@Controller
@RequestMapping("/n/{slug}/quality")
class QualityController {

	private final QualityStandards quality;
	private final Organizations organizations;
	private final MessageSource messages;

	QualityController(QualityStandards quality, Organizations organizations, MessageSource messages) {
		this.quality = quality;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping
	@Readers
	String overview(@PathVariable String slug, @RequestParam(required = false) Long standard,
			@RequestParam(required = false) QualityStage stage, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long open, Model model) {
		if (open != null) {
			// the way of an organization that may have no stage yet, chosen from the list below the table
			return "redirect:/n/" + slug + "/quality/organizations/" + open;
		}
		model.addAttribute("rows", quality.overview(standard, stage, year));
		model.addAttribute("standard", standard);
		model.addAttribute("stage", stage);
		model.addAttribute("year", year);
		model.addAttribute("standards", quality.standards());
		model.addAttribute("stages", QualityStage.values());
		model.addAttribute("organizationChoices", organizations.choices(NetworkContext.path("/organizations/choices")));
		return "support/quality";
	}

	@ReadsFromReplica
	@GetMapping("/export.{format}")
	@Readers
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) Long standard,
			@RequestParam(required = false) QualityStage stage, @RequestParam(required = false) Integer year) {
		List<String> headers = Arrays.asList(text("qualityStep.field.organizationId"),
				text("qualityStep.field.standardId"), text("qualityStep.field.level"), text("qualityStep.field.stage"),
				text("quality.since"), text("quality.startedOn"));
		List<List<Object>> rows = quality.overview(standard, stage, year)
			.stream()
			.map(c -> Arrays.<Object>asList(c.organization(), c.standard(), c.level(), text("qualityStage." + c.stage()),
					c.since(), c.startedOn()))
			.toList();
		return Downloads.table("kokybe", text("quality.title"), format, headers, rows);
	}

	@PostMapping("/standards")
	@Keepers
	String addStandard(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String levels, RedirectAttributes redirect) {
		return change(redirect, Map.of("name", value(name), "levels", value(levels)), "standards",
				() -> quality.addStandard(name, levels == null ? List.of() : Arrays.asList(levels.split("\\R"))),
				"qualityStandard.added", "redirect:/n/" + slug + "/quality#standards");
	}

	@GetMapping("/organizations/{id}")
	@Readers
	String organization(@PathVariable long id, Model model) {
		if (!organizations.exists(id)) {
			throw new NotFoundException("Organization");
		}
		model.addAttribute("organizationId", id);
		model.addAttribute("organizationName", organizations.namesOf(List.of(id)).get(id));
		model.addAttribute("current", quality.currentStages(id));
		model.addAttribute("steps", quality.steps(id));
		model.addAttribute("standards", quality.standards());
		model.addAttribute("stages", QualityStage.values());
		return "support/quality-organization";
	}

	@PostMapping("/organizations/{id}/stages")
	@Keepers
	String record(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String standardId,
			@RequestParam(required = false) String level, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String on, @RequestParam(required = false) String evidenceLink,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		if (!organizations.exists(id)) {
			throw new NotFoundException("Organization");
		}
		Map<String, String> typed = Map.of("standardId", value(standardId), "level", value(level), "stage", value(stage),
				"on", value(on), "evidenceLink", value(evidenceLink), "note", value(note));
		return change(redirect, typed, "stages", () -> quality.record(id,
				new StageData(ConsultationsController.number("standard", standardId), level, stage(stage),
						ConsultationsController.date("on", on), evidenceLink, note)),
				"qualityStep.saved", "redirect:/n/" + slug + "/quality/organizations/" + id);
	}

	@PostMapping("/organizations/{id}/stages/{stepId}/delete")
	@Keepers
	String deleteStep(@PathVariable String slug, @PathVariable long id, @PathVariable long stepId,
			RedirectAttributes redirect) {
		quality.deleteStep(id, stepId);
		redirect.addFlashAttribute("saved", "qualityStep.deleted");
		return "redirect:/n/" + slug + "/quality/organizations/" + id;
	}

	private static QualityStage stage(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return QualityStage.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("stage", "typeMismatch");
		}
	}

	private String change(RedirectAttributes redirect, Map<String, String> typed, String section, Runnable work,
			String done, String back) {
		try {
			work.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (InvalidInputException e) {
			Map<String, String> byField = new LinkedHashMap<>();
			e.errors().forEach(error -> byField.merge(error.field(), error.messageKey() == null
					? String.valueOf(error.arguments()[0])
					: messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()),
					(a, b) -> a + " " + b));
			redirect.addFlashAttribute("errorsOf", section);
			redirect.addFlashAttribute("fieldErrors", byField);
			redirect.addFlashAttribute("typed", typed);
			redirect.addFlashAttribute("flashError", "form.hasErrors");
		}
		return back;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}
}
