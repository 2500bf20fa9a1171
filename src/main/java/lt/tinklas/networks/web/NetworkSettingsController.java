package lt.tinklas.networks.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.networks.application.NetworkRetention;
import lt.tinklas.networks.application.RetentionSettings;
import lt.tinklas.shared.security.KeepersAndReaders;
import lt.tinklas.shared.security.NetworkAdmins;
import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's settings: staff read them with their history and the latest retention runs, the
 * network admin edits them, the network's look (logo, colour, English texts, certificate signer)
 * and the retention periods. The logo is served to everyone from the public site's address.
 */
@Controller
class NetworkSettingsController {

	private static final int RUNS_SHOWN = 30;

	private final Networks networks;
	private final NetworkRetention retention;
	private final MessageSource messages;

	NetworkSettingsController(Networks networks, NetworkRetention retention, MessageSource messages) {
		this.networks = networks;
		this.retention = retention;
		this.messages = messages;
	}

	@GetMapping("/n/{slug}/settings")
	@KeepersAndReaders
	String settings(HttpServletRequest request, Model model) {
		long networkId = NetworkContext.of(request).id();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", networks.settings(networkId));
		}
		if (!model.containsAttribute("retention")) {
			model.addAttribute("retention", retention.settings(networkId));
		}
		model.addAttribute("history", networks.settingsHistory(networkId));
		model.addAttribute("look", networks.lookWithoutLogo(networkId));
		model.addAttribute("retentionRuns", retention.lastRuns(networkId, RUNS_SHOWN));
		return "networks/settings";
	}

	@PostMapping("/n/{slug}/settings")
	@NetworkAdmins
	String save(@PathVariable String slug, @Valid @ModelAttribute("form") NetworkSettings form,
			BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		long networkId = NetworkContext.of(request).id();
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> networks.settingsChangedSince(networkId, form.version()),
					() -> networks.settings(networkId).version())
			.save(() -> {
				networks.updateSettings(networkId, form);
				return "/n/" + slug + "/settings";
			}, () -> settings(request, model));
	}

	/** The logo: a PNG or JPEG; a bad file is refused beside the field and the logo kept stays. */
	@PostMapping("/n/{slug}/settings/logo")
	@NetworkAdmins
	String saveLogo(@PathVariable String slug, @RequestParam(required = false) MultipartFile logo,
			HttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
		try {
			networks.saveLogo(NetworkContext.of(request).id(), logo == null ? null : logo.getBytes());
		}
		catch (InvalidInputException e) {
			InvalidInputException.FieldError error = e.errors().get(0);
			model.addAttribute("logoError", messages.getMessage(error.messageKey(), error.arguments(),
					LocaleContextHolder.getLocale()));
			return settings(request, model);
		}
		redirect.addFlashAttribute("saved", "settings.logoSaved");
		return "redirect:/n/" + slug + "/settings#look";
	}

	/** The logo for everyone (the public site shows it), kept by browsers for a day. */
	@GetMapping("/n/{slug}/public/logo")
	ResponseEntity<byte[]> logo(HttpServletRequest request) {
		NetworkLook look = networks.look(NetworkContext.of(request).id());
		if (!look.hasLogo()) {
			throw new NotFoundException("Logo");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(look.logoType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(look.logo());
	}

	@PostMapping("/n/{slug}/settings/retention")
	@NetworkAdmins
	String saveRetention(@PathVariable String slug, @Valid @ModelAttribute("retention") RetentionSettings form,
			BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		long networkId = NetworkContext.of(request).id();
		return FormFlow.of(binding, model, redirect).save(() -> {
			retention.save(networkId, form);
			return "/n/" + slug + "/settings#retention";
		}, () -> settings(request, model));
	}
}
