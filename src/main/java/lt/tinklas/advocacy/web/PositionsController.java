package lt.tinklas.advocacy.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.advocacy.application.InvolvementProposals;
import lt.tinklas.advocacy.application.Period;
import lt.tinklas.advocacy.application.PositionView;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.advocacy.application.ProposalView;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.OpeningYear;
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
 * Positions and letters: the register of documents sent (filtered, exported), drafts, a document's
 * page where it is sent, answered and traced back to the proposals behind it.
 */
@Controller
@RequestMapping("/n/{slug}/positions")
class PositionsController {

	private final Positions positions;
	private final InvolvementProposals proposals;
	private final Events events;
	private final Choices choices;
	private final MessageSource messages;

	PositionsController(Positions positions, InvolvementProposals proposals, Events events, Choices choices,
			MessageSource messages) {
		this.positions = positions;
		this.proposals = proposals;
		this.events = events;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping
	@Readers
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) Long direction, @RequestParam(required = false) Long institution,
			Model model) {
		Period period;
		if (from == null && to == null) {
			OpeningYear opening = OpeningYear.after(positions.lastYearSent());
			model.addAttribute("opening", opening);
			period = new Period(opening.from(), opening.to());
		}
		else {
			period = Period.orThisYear(from, to);
		}
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("kind", kind);
		model.addAttribute("outcome", outcome);
		model.addAttribute("direction", direction);
		model.addAttribute("institution", institution);
		model.addAttribute("positions", positions.sent(period.from(), period.to(), outcome, kind, direction, institution));
		model.addAttribute("drafts", positions.drafts());
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("outcomes", Outcome.values());
		choices.institutionsAndDirections(model);
		choices.groups(model);
		return "advocacy/positions";
	}

	@ReadsFromReplica
	@GetMapping("/export.{format}")
	@Readers
	ResponseEntity<byte[]> export(@PathVariable String format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) Long direction, @RequestParam(required = false) Long institution,
			Model model) {
		Period period = Period.orThisYear(from, to);
		choices.institutionsAndDirections(model);
		choices.groups(model);
		@SuppressWarnings("unchecked")
		Map<Long, String> institutions = (Map<Long, String>) model.getAttribute("institutionNames");
		@SuppressWarnings("unchecked")
		Map<Long, String> directions = (Map<Long, String>) model.getAttribute("directionNames");
		@SuppressWarnings("unchecked")
		Map<Long, String> groups = (Map<Long, String>) model.getAttribute("groupNames");
		var locale = LocaleContextHolder.getLocale();
		List<String> headers = Arrays.asList("number", "sentOn", "kind", "title", "addressees", "directions",
				"workingGroup", "outcome", "outcomeOn", "outcomeNote");
		List<List<Object>> rows = positions.sent(period.from(), period.to(), outcome, kind, direction, institution)
			.stream()
			.map(p -> Arrays.<Object>asList(p.number(), p.sentOn(),
					messages.getMessage("documentKind." + p.kind().name(), null, locale), p.title(),
					String.join("; ", p.addressees().stream().map(institutions::get).toList()),
					String.join("; ", p.directions().stream().map(directions::get).toList()),
					p.workingGroupId() == null ? "" : groups.get(p.workingGroupId()),
					messages.getMessage("outcome." + p.outcome().name(), null, locale), p.outcomeOn(),
					p.outcomeNote()))
			.toList();
		return Downloads.table("pozicijos", "Pozicijos", format, headers, rows);
	}

	@GetMapping("/new")
	@Keepers
	String newPosition(@RequestParam(required = false) Long group, @RequestParam(required = false) Long follows,
			@RequestParam(required = false) Long meeting, Model model) {
		model.addAttribute("form", PositionForm.empty(group, follows, meeting));
		return formPage(model);
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @Valid @ModelAttribute("form") PositionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.saying("position.drafted")
			.save(() -> {
				PositionView created = positions.create(form.toData(), null);
				return "/n/" + slug + "/positions/" + created.id();
			}, () -> formPage(model));
	}

	@GetMapping("/{id}")
	@Readers
	String show(@PathVariable long id, Model model) {
		PositionView position = positions.get(id);
		model.addAttribute("position", position);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PositionForm.of(position));
		}
		model.addAttribute("today", LocalDate.now(Formats.VILNIUS));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("followUps", positions.followUpsOfPosition(id));
		model.addAttribute("behind", proposals.behind(id));
		model.addAttribute("history", positions.history(id));
		return formPage(model).replace("position-form", "position");
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") PositionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> positions.changedSince(id, form.version()),
					() -> positions.get(id).version())
			.save(() -> {
				positions.update(id, form.version(), form.toData());
				return "/n/" + slug + "/positions/" + id;
			}, () -> show(id, model));
	}

	@PostMapping("/{id}/send")
	@Keepers
	String send(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
			RedirectAttributes redirect) {
		try {
			PositionView sent = positions.send(id, sentOn);
			redirect.addFlashAttribute("sentNumber", sent.number());
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("sendError", e.errors().get(0));
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/n/" + slug + "/positions/" + id;
	}

	@PostMapping("/{id}/outcome")
	@Keepers
	String outcome(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate outcomeOn,
			@RequestParam(required = false) String outcomeNote, Model model, RedirectAttributes redirect) {
		try {
			positions.recordOutcome(id, outcome, outcomeOn, outcomeNote);
			redirect.addFlashAttribute("saved", "position.outcomeRecorded");
			return "redirect:/n/" + slug + "/positions/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("outcomeError", e.errors().get(0));
			model.addAttribute("typedOutcome", outcome);
			model.addAttribute("typedOutcomeOn", outcomeOn);
			model.addAttribute("typedOutcomeNote", outcomeNote);
			return show(id, model);
		}
	}

	@PostMapping("/{id}/file")
	@Keepers
	String attach(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			positions.attach(id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
			redirect.addFlashAttribute("saved", "position.fileAttached");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("fileError", e.errors().get(0));
		}
		return "redirect:/n/" + slug + "/positions/" + id + "#file";
	}

	@GetMapping("/{id}/file")
	@Readers
	ResponseEntity<byte[]> file(@PathVariable long id) {
		Positions.Download file = positions.file(id);
		return Downloads.file(file.fileName(), MediaType.parseMediaType(file.contentType()), file.content());
	}

	/** The path from the voice of people experiencing poverty to this document. */
	@GetMapping("/{id}/trace")
	@Readers
	String trace(@PathVariable long id, Model model) {
		model.addAttribute("position", positions.get(id));
		List<ProposalView> behind = proposals.behind(id);
		model.addAttribute("behind", behind);
		Map<Long, EventView> meetings = new LinkedHashMap<>();
		behind.forEach(p -> meetings.computeIfAbsent(p.eventId(), events::get));
		model.addAttribute("meetings", meetings);
		model.addAttribute("followUps", positions.followUpsOfPosition(id));
		choices.institutionsAndDirections(model);
		return "advocacy/position-trace";
	}

	private String formPage(Model model) {
		model.addAttribute("kinds", DocumentKind.values());
		choices.institutionsAndDirections(model);
		choices.groups(model);
		choices.positions(model);
		choices.meetings(model);
		return "advocacy/position-form";
	}
}
