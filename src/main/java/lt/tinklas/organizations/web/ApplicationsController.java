package lt.tinklas.organizations.web;

import java.time.LocalDate;

import lt.tinklas.organizations.Applications;
import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.application.ApplicationStatus;
import lt.tinklas.shared.security.KeepersAndBoard;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The queue of membership applications, where staff and the board decide. */
@Controller
class ApplicationsController {

	private final Applications applications;

	ApplicationsController(Applications applications) {
		this.applications = applications;
	}

	@GetMapping("/n/{slug}/applications")
	@Readers
	String queue(Model model) {
		model.addAttribute("applications", applications.all());
		return "organizations/applications";
	}

	@GetMapping("/n/{slug}/applications/{id}")
	@Readers
	String show(@PathVariable long id, Model model) {
		model.addAttribute("submission", applications.get(id));
		model.addAttribute("bodies", DecidedBy.values());
		model.addAttribute("today", LocalDate.now(Formats.VILNIUS));
		return "organizations/application";
	}

	@PostMapping("/n/{slug}/applications/{id}/decision")
	@KeepersAndBoard
	String decide(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) ApplicationStatus decision,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) DecidedBy decidedBy, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			applications.decide(id, decision, decidedOn, decidedBy, reference, reason);
			redirect.addFlashAttribute("saved", "application.decided");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/n/" + slug + "/applications/" + id;
	}
}
