package lt.tinklas.projects.web;

import java.io.IOException;
import java.util.Map;

import lt.tinklas.projects.Funders;
import lt.tinklas.projects.SourceType;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funders list: add one, rename it, show its logo for funding notices. */
@Controller
@RequestMapping("/n/{slug}/funders")
class FundersController {

	private final Funders funders;
	private final MessageSource messages;

	FundersController(Funders funders, MessageSource messages) {
		this.funders = funders;
		this.messages = messages;
	}

	@GetMapping
	@Readers
	String list(Model model) {
		model.addAttribute("funders", funders.list());
		model.addAttribute("sources", SourceType.values());
		return "projects/funders";
	}

	@PostMapping
	@Keepers
	String add(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) SourceType sourceType,
			Model model, RedirectAttributes redirect) {
		try {
			funders.create(name, nameEn, sourceType);
			redirect.addFlashAttribute("saved", "funder.added");
			return "redirect:/n/" + slug + "/funders";
		}
		catch (InvalidInputException e) {
			var error = e.errors().get(0);
			model.addAttribute("funderError", messages.getMessage(error.messageKey(), error.arguments(),
					LocaleContextHolder.getLocale()));
			model.addAttribute("typed", Map.of("name", name == null ? "" : name, "nameEn",
					nameEn == null ? "" : nameEn));
			return list(model);
		}
	}

	@PostMapping("/{id}/logo")
	@Keepers
	String logo(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) MultipartFile logo,
			RedirectAttributes redirect) throws IOException {
		try {
			funders.showLogo(id, logo == null ? null : logo.getOriginalFilename(), logo == null ? null : logo.getBytes());
			redirect.addFlashAttribute("saved", "funder.logoSaved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "redirect:/n/" + slug + "/funders";
	}

	@GetMapping("/{id}/logo")
	@Readers
	ResponseEntity<byte[]> showLogo(@PathVariable long id) {
		Funders.Logo logo = funders.logo(id).orElseThrow(() -> new NotFoundException("Logo"));
		return Downloads.file(logo.fileName(), MediaType.parseMediaType(logo.contentType()), logo.content());
	}
}
