package lt.tinklas.strategy.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.NodeKind;
import lt.tinklas.strategy.NodeView;
import lt.tinklas.strategy.Strategies;
import lt.tinklas.strategy.StrategyView;
import lt.tinklas.strategy.IndicatorView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Strategies: the list, a strategy's page where its heading and whole tree are edited, and an
 * indicator's page with its targets and hand-kept values.
 */
@Controller
@RequestMapping("/n/{slug}/strategies")
class StrategiesController {

	private final Strategies strategies;
	private final Metrics metrics;
	private final MessageSource messages;

	StrategiesController(Strategies strategies, Metrics metrics, MessageSource messages) {
		this.strategies = strategies;
		this.metrics = metrics;
		this.messages = messages;
	}

	private String text(InvalidInputException.FieldError error) {
		return messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale());
	}

	@GetMapping
	@Readers
	String list(Model model) {
		model.addAttribute("strategies", strategies.list());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", StrategyForm.empty());
		}
		return "strategy/strategies";
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @Valid @ModelAttribute("form") StrategyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				StrategyView created = strategies.create(form.toData());
				return "/n/" + slug + "/strategies/" + created.id();
			}, () -> list(model));
	}

	@GetMapping("/{id}")
	@Readers
	String show(@PathVariable long id, Model model) {
		StrategyView strategy = strategies.get(id);
		model.addAttribute("strategy", strategy);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", StrategyForm.of(strategy));
		}
		List<NodeView> tree = strategies.tree(id);
		model.addAttribute("tree", tree);
		model.addAttribute("flat", flatten(tree));
		model.addAttribute("kinds", NodeKind.values());
		model.addAttribute("history", strategies.history(id));
		return "strategy/strategy";
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") StrategyForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> strategies.changedSince(id, form.version()),
					() -> strategies.get(id).version())
			.save(() -> {
				strategies.update(id, form.version(), form.toData());
				return "/n/" + slug + "/strategies/" + id;
			}, () -> show(id, model));
	}

	@PostMapping("/{id}/current")
	@Keepers
	String makeCurrent(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		strategies.makeCurrent(id);
		redirect.addFlashAttribute("saved", "strategy.madeCurrent");
		return "redirect:/n/" + slug + "/strategies/" + id;
	}

	// the tree: each change comes back to the tree with its message

	@PostMapping("/{id}/nodes")
	@Keepers
	String addNode(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long parentId,
			@RequestParam(required = false) NodeKind kind, @RequestParam(required = false) String text,
			@RequestParam(required = false) String textEn, RedirectAttributes redirect) {
		return treeChange(slug, id, redirect, () -> strategies.addNode(id, parentId, kind, text, textEn), "strategy.nodeAdded",
				parentId, "typedChild", text);
	}

	@PostMapping("/{id}/nodes/{nodeId}")
	@Keepers
	String rewordNode(@PathVariable String slug, @PathVariable long id, @PathVariable long nodeId,
			@RequestParam long version, @RequestParam(required = false) String text,
			@RequestParam(required = false) String textEn, RedirectAttributes redirect) {
		return treeChange(slug, id, redirect, () -> strategies.rewordNode(id, nodeId, version, text, textEn),
				"common.saved", nodeId, "typedText", text);
	}

	@PostMapping("/{id}/nodes/{nodeId}/move")
	@Keepers
	String moveNode(@PathVariable String slug, @PathVariable long id, @PathVariable long nodeId,
			@RequestParam(required = false) Long parentId, RedirectAttributes redirect) {
		return treeChange(slug, id, redirect, () -> strategies.moveNode(id, nodeId, parentId), "strategy.nodeMoved",
				nodeId, null, null);
	}

	@PostMapping("/{id}/nodes/{nodeId}/up")
	@Keepers
	String up(@PathVariable String slug, @PathVariable long id, @PathVariable long nodeId, RedirectAttributes redirect) {
		return treeChange(slug, id, redirect, () -> strategies.shiftNode(id, nodeId, true), "strategy.nodeMoved", nodeId,
				null, null);
	}

	@PostMapping("/{id}/nodes/{nodeId}/down")
	@Keepers
	String down(@PathVariable String slug, @PathVariable long id, @PathVariable long nodeId,
			RedirectAttributes redirect) {
		return treeChange(slug, id, redirect, () -> strategies.shiftNode(id, nodeId, false), "strategy.nodeMoved",
				nodeId, null, null);
	}

	@PostMapping("/{id}/nodes/{nodeId}/delete")
	@Keepers
	String deleteNode(@PathVariable String slug, @PathVariable long id, @PathVariable long nodeId,
			RedirectAttributes redirect) {
		return treeChange(slug, id, redirect, () -> strategies.deleteNode(id, nodeId), "strategy.nodeDeleted", null, null,
				null);
	}

	private String treeChange(String slug, long id, RedirectAttributes redirect, Runnable change, String done,
			Long anchor, String typedName, String typed) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("treeError", text(e.errors().get(0)));
			redirect.addFlashAttribute("treeErrorAt", anchor);
			if (typedName != null) {
				redirect.addFlashAttribute(typedName, typed);
			}
		}
		catch (StaleEditException e) {
			redirect.addFlashAttribute("flashError", "common.error.stale");
		}
		return "redirect:/n/" + slug + "/strategies/" + id + (anchor == null ? "#tree" : "#node-" + anchor);
	}

	// indicators

	@PostMapping("/{id}/nodes/{nodeId}/indicators")
	@Keepers
	String addIndicator(@PathVariable String slug, @PathVariable long id, @PathVariable long nodeId,
			@Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				IndicatorView created = strategies.addIndicator(id, nodeId, form.toData());
				redirect.addFlashAttribute("saved", "common.saved");
				return "redirect:/n/" + slug + "/strategies/" + id + "/indicators/" + created.id();
			}
			catch (InvalidInputException e) {
				e.applyTo(binding);
			}
		}
		model.addAttribute("nodeId", nodeId);
		return indicatorPage(id, null, model);
	}

	@GetMapping("/{id}/nodes/{nodeId}/indicators/new")
	@Keepers
	String newIndicator(@PathVariable long id, @PathVariable long nodeId, Model model) {
		model.addAttribute("nodeId", nodeId);
		model.addAttribute("indicatorForm", IndicatorForm.empty());
		return indicatorPage(id, null, model);
	}

	@GetMapping("/{id}/indicators/{indicatorId}")
	@Readers
	String indicator(@PathVariable long id, @PathVariable long indicatorId, Model model) {
		IndicatorView indicator = strategies.indicatorOf(id, indicatorId);
		if (!model.containsAttribute("indicatorForm")) {
			model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
		}
		return indicatorPage(id, indicator, model);
	}

	@PostMapping("/{id}/indicators/{indicatorId}")
	@Keepers
	String updateIndicator(@PathVariable String slug, @PathVariable long id, @PathVariable long indicatorId,
			@Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> strategies.indicatorChangedSince(id, indicatorId, form.version()),
					() -> strategies.indicatorOf(id, indicatorId).version())
			.save(() -> {
				strategies.updateIndicator(id, indicatorId, form.version(), form.toData());
				return "/n/" + slug + "/strategies/" + id + "/indicators/" + indicatorId;
			}, () -> indicatorPage(id, strategies.indicatorOf(id, indicatorId), model));
	}

	@PostMapping("/{id}/indicators/{indicatorId}/delete")
	@Keepers
	String deleteIndicator(@PathVariable String slug, @PathVariable long id, @PathVariable long indicatorId,
			RedirectAttributes redirect) {
		strategies.deleteIndicator(id, indicatorId);
		redirect.addFlashAttribute("saved", "strategy.indicatorDeleted");
		return "redirect:/n/" + slug + "/strategies/" + id + "#tree";
	}

	@PostMapping("/{id}/indicators/{indicatorId}/values")
	@Keepers
	String addValue(@PathVariable String slug, @PathVariable long id, @PathVariable long indicatorId,
			@RequestParam(required = false) String recordedOn, @RequestParam(required = false) String value,
			@RequestParam(required = false) String note, @RequestParam(required = false) String evidenceLink,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		LocalDate day = null;
		BigDecimal amount = null;
		try {
			day = recordedOn == null || recordedOn.isBlank() ? null : LocalDate.parse(recordedOn);
		}
		catch (DateTimeParseException e) {
			errors.add(new InvalidInputException.FieldError("recordedOn", "typeMismatch", new Object[0]));
		}
		try {
			amount = value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.add(new InvalidInputException.FieldError("value", "typeMismatch", new Object[0]));
		}
		try {
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			strategies.addValue(id, indicatorId, day, amount, note, evidenceLink,
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
			redirect.addFlashAttribute("saved", "strategy.valueAdded");
			return "redirect:/n/" + slug + "/strategies/" + id + "/indicators/" + indicatorId + "#values";
		}
		catch (InvalidInputException e) {
			Map<String, String> byField = new LinkedHashMap<>();
			e.errors().forEach(error -> byField.merge(error.field(), text(error), (a, b) -> a + " " + b));
			model.addAttribute("valueErrors", byField);
			model.addAttribute("typedValue", new TypedValue(recordedOn, value, note, evidenceLink));
			return indicator(id, indicatorId, model);
		}
	}

	/** The value form as typed, shown again beside its errors. */
	record TypedValue(String recordedOn, String value, String note, String evidenceLink) {
	}

	@GetMapping("/{id}/indicators/{indicatorId}/values/{valueId}/evidence")
	@Readers
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long indicatorId, @PathVariable long valueId) {
		Strategies.Evidence evidence = strategies.evidence(id, indicatorId, valueId);
		return Downloads.file(evidence.fileName(), MediaType.parseMediaType(evidence.contentType()), evidence.content());
	}

	private String indicatorPage(long id, IndicatorView indicator, Model model) {
		StrategyView strategy = strategies.get(id);
		model.addAttribute("strategy", strategy);
		model.addAttribute("indicator", indicator);
		model.addAttribute("comparisons", Comparison.values());
		model.addAttribute("catalogue", metrics.definitions());
		long network = Tenancy.require();
		model.addAttribute("parameterChoices",
				metrics.choices(metrics.definitions(), network, LocaleContextHolder.getLocale()));
		if (indicator != null) {
			model.addAttribute("parametersShown", metrics.describe(indicator.metricParameters(), network));
			model.addAttribute("values", strategies.values(id, indicator.id()));
			model.addAttribute("history", strategies.indicatorHistory(id, indicator.id()));
			model.addAttribute("nodeId", indicator.nodeId());
		}
		model.addAttribute("result", flatten(strategies.tree(id)).stream()
			.filter(n -> n.id() == (Long) model.getAttribute("nodeId"))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Strategy node")));
		return "strategy/indicator";
	}

	static List<NodeView> flatten(List<NodeView> tree) {
		List<NodeView> all = new ArrayList<>();
		for (NodeView node : tree) {
			all.add(node);
			all.addAll(flatten(node.children()));
		}
		return all;
	}
}
