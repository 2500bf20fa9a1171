package lt.tinklas.events.web;

import java.util.Locale;

import lt.tinklas.events.Events;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of tags the network gives its events. */
@Controller
@Keepers
class TagsController {

	private final Events events;
	private final MessageSource messages;

	TagsController(Events events, MessageSource messages) {
		this.events = events;
		this.messages = messages;
	}

	@GetMapping("/n/{slug}/events/tags")
	String tags(Model model) {
		model.addAttribute("tagNames", events.tagNames());
		return "events/tags";
	}

	@PostMapping("/n/{slug}/events/tags")
	String add(@PathVariable String slug, @RequestParam(defaultValue = "") String name, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			events.addTag(name);
		}
		catch (InvalidInputException e) {
			InvalidInputException.FieldError error = e.errors().get(0);
			model.addAttribute("tagError", messages.getMessage(error.messageKey(), error.arguments(), locale));
			model.addAttribute("typedName", name);
			return tags(model);
		}
		redirect.addFlashAttribute("saved", "common.saved");
		return "redirect:/n/" + slug + "/events/tags";
	}
}
