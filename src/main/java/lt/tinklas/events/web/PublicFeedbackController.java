package lt.tinklas.events.web;

import lt.tinklas.events.FeedbackLinks;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The one-page feedback form an attendee opens from the mail, without signing in. */
@Controller
class PublicFeedbackController {

	private final FeedbackLinks links;

	PublicFeedbackController(FeedbackLinks links) {
		this.links = links;
	}

	@GetMapping("/n/{slug}/public/feedback/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("event", links.eventOf(token).orElse(null));
		return "events/public-feedback";
	}

	@PostMapping("/n/{slug}/public/feedback/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String comment, Model model) {
		if (links.eventOf(token).isEmpty()) {
			return form(token, model);
		}
		try {
			links.answer(token, EventsController.parseRating(rating), comment);
			model.addAttribute("thanks", true);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.errors());
			model.addAttribute("typedRating", rating);
			model.addAttribute("typedComment", comment);
		}
		return form(token, model);
	}
}
