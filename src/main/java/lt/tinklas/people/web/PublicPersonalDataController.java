package lt.tinklas.people.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.people.application.PersonalDataExport;
import lt.tinklas.people.application.PersonalDataFiles;
import lt.tinklas.people.application.PersonalDataLinks;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * On the network's public site, anyone asks for their own data by e-mail; the mailed link downloads
 * it once, as a ZIP of the JSON document and the PDF.
 */
@Controller
class PublicPersonalDataController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final PersonalDataLinks links;
	private final PersonalDataFiles files;
	private final RateLimits limits;

	PublicPersonalDataController(PersonalDataLinks links, PersonalDataFiles files, RateLimits limits) {
		this.limits = limits;
		this.links = links;
		this.files = files;
	}

	@GetMapping("/n/{slug}/public/my-data")
	String form(Model model) {
		if (!model.containsAttribute("email")) {
			model.addAttribute("email", "");
		}
		return "people/public-my-data";
	}

	@PostMapping("/n/{slug}/public/my-data")
	String request(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request) {
		limits.checkAddress(Door.EXPORT_LINK_ADDRESS, request);
		limits.checkEmail(Door.EXPORT_LINK_EMAIL, email);
		try {
			links.request(email);
			return "people/public-my-data-sent";
		}
		catch (InvalidInputException e) {
			model.addAttribute("email", email);
			model.addAttribute("errors", e.errors());
			return form(model);
		}
	}

	@GetMapping("/n/{slug}/public/my-data/{token}")
	String link(@PathVariable String token, Model model) {
		model.addAttribute("state", links.state(token).name());
		return "people/public-my-data-link";
	}

	/** Downloads once; a link used, expired or unknown goes back to its page, which says so. */
	@PostMapping("/n/{slug}/public/my-data/{token}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable String token,
			HttpServletRequest request) {
		limits.checkAddress(Door.PUBLIC_LINK, request);
		Optional<PersonalDataExport> export = links.use(token);
		if (export.isEmpty()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(request.getContextPath() + "/n/" + slug + "/public/my-data/" + token))
				.build();
		}
		return Downloads.file(PersonalDataFiles.fileName(export.get(), "zip"), ZIP,
				files.zip(export.get(), NetworkContext.of(request).name()));
	}
}
