package lt.tinklas.newsletters.web;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.newsletters.Newsletters;
import lt.tinklas.newsletters.application.MailStops;
import lt.tinklas.newsletters.application.MailingLinks;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The newsletters on the network's public site: the archive of the public ones, and the page an
 * unsubscribe link opens. That page asks for nothing but the one button (a link opened by a mail
 * scanner changes nothing); a mail client's one-click unsubscribe posts to the same address.
 */
@Controller
class PublicNewslettersController {

	private final Newsletters newsletters;
	private final MailStops stops;
	private final RateLimits limits;

	PublicNewslettersController(Newsletters newsletters, MailStops stops, RateLimits limits) {
		this.newsletters = newsletters;
		this.stops = stops;
		this.limits = limits;
	}

	@ReadsFromReplica
	@GetMapping("/n/{slug}/public/newsletters")
	String archive(Model model) {
		model.addAttribute("mailings", newsletters.archive(LocaleContextHolder.getLocale().getLanguage()));
		return "newsletters/public-archive";
	}

	@ReadsFromReplica
	@GetMapping("/n/{slug}/public/newsletters/{id}")
	String mailing(@PathVariable long id, Model model) {
		model.addAttribute("mailing", newsletters.archived(id, LocaleContextHolder.getLocale().getLanguage())
			.orElseThrow(() -> new NotFoundException("Mailing")));
		return "newsletters/public-mailing";
	}

	@GetMapping("/n/{slug}/public/newsletters/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, Model model) {
		model.addAttribute("example", MailingLinks.EXAMPLE.equals(token));
		return "newsletters/public-unsubscribe";
	}

	@PostMapping("/n/{slug}/public/newsletters/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletRequest request) {
		limits.checkAddress(Door.PUBLIC_LINK, request);
		model.addAttribute("example", MailingLinks.EXAMPLE.equals(token));
		model.addAttribute("unsubscribed", stops.unsubscribe(token));
		return "newsletters/public-unsubscribe";
	}
}
