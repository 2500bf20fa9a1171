package lt.tinklas.advocacy.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.advocacy.application.InvolvementProposals;
import lt.tinklas.advocacy.application.Period;
import lt.tinklas.advocacy.application.PositionView;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.advocacy.application.ProposalView;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The voice of people experiencing poverty: involvement meetings with the proposals raised there,
 * and each proposal's path into positions.
 */
@Controller
class InvolvementController {

	private final Events events;
	private final InvolvementProposals proposals;
	private final Positions positions;
	private final Municipalities municipalities;
	private final Choices choices;

	InvolvementController(Events events, InvolvementProposals proposals, Positions positions,
			Municipalities municipalities, Choices choices) {
		this.events = events;
		this.proposals = proposals;
		this.positions = positions;
		this.municipalities = municipalities;
		this.choices = choices;
	}

	@GetMapping("/n/{slug}/involvement")
	@Readers
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Period period = Period.orThisYear(from, to);
		List<EventView> meetings = events.list(period.from(), period.to(), EventType.INVOLVEMENT_MEETING);
		Map<Long, List<ProposalView>> raised = new LinkedHashMap<>();
		meetings.forEach(m -> raised.put(m.id(), proposals.ofEvent(m.id())));
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("meetings", meetings);
		model.addAttribute("raised", raised);
		return "advocacy/involvement";
	}

	@GetMapping("/n/{slug}/involvement/{eventId}")
	@Readers
	String meeting(@PathVariable long eventId, Model model) {
		EventView event = events.get(eventId);
		if (event.type() != EventType.INVOLVEMENT_MEETING) {
			throw new NotFoundException("Involvement meeting");
		}
		model.addAttribute("event", event);
		model.addAttribute("proposals", proposals.ofEvent(eventId));
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("municipalityNames", municipalityNames());
		choices.positions(model);
		return "advocacy/involvement-meeting";
	}

	@PostMapping("/n/{slug}/involvement/{eventId}/proposals")
	@Keepers
	String record(@PathVariable String slug, @PathVariable long eventId, @RequestParam(required = false) String text,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String municipality,
			@RequestParam(defaultValue = "false") boolean confirmNoPersonalData, Model model,
			RedirectAttributes redirect) {
		try {
			proposals.record(eventId, text, theme, municipality, confirmNoPersonalData);
			redirect.addFlashAttribute("saved", "proposal.recorded");
			return "redirect:/n/" + slug + "/involvement/" + eventId + "#proposals";
		}
		catch (InvolvementProposals.PersonalDataSuspected e) {
			model.addAttribute("personalDataWarning", true);
			model.addAttribute("proposalError", e.errors().get(0));
		}
		catch (InvalidInputException e) {
			model.addAttribute("proposalError", e.errors().get(0));
		}
		model.addAttribute("typedText", text);
		model.addAttribute("typedTheme", theme);
		model.addAttribute("typedMunicipality", municipality);
		return meeting(eventId, model);
	}

	@GetMapping("/n/{slug}/proposals/{id}")
	@Readers
	String proposal(@PathVariable long id, Model model) {
		ProposalView proposal = proposals.get(id);
		model.addAttribute("proposal", proposal);
		model.addAttribute("event", events.get(proposal.eventId()));
		List<PositionView> into = proposal.positionIds().stream().map(positions::get).toList();
		model.addAttribute("into", into);
		model.addAttribute("municipalityNames", municipalityNames());
		model.addAttribute("history", proposals.history(id));
		choices.positions(model);
		choices.institutionsAndDirections(model);
		return "advocacy/proposal";
	}

	@PostMapping("/n/{slug}/proposals/{id}/positions")
	@Keepers
	String link(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long positionId,
			RedirectAttributes redirect) {
		if (positionId == null) {
			redirect.addFlashAttribute("flashError", "proposal.error.choosePosition");
		}
		else {
			proposals.link(id, positionId);
			redirect.addFlashAttribute("saved", "proposal.linked");
		}
		return "redirect:/n/" + slug + "/proposals/" + id;
	}

	private Map<String, String> municipalityNames() {
		Map<String, String> names = new LinkedHashMap<>();
		municipalities.all().forEach(m -> names.put(m.isoCode(), m.name()));
		return names;
	}
}
