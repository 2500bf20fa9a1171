package lt.tinklas.networks.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.security.KeepersAndReaders;
import lt.tinklas.shared.security.NetworkAdmins;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's settings: staff read them with their history, the network admin edits them. */
@Controller
class NetworkSettingsController {

	private final Networks networks;

	NetworkSettingsController(Networks networks) {
		this.networks = networks;
	}

	@GetMapping("/n/{slug}/settings")
	@KeepersAndReaders
	String settings(HttpServletRequest request, Model model) {
		long networkId = NetworkContext.of(request).id();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", networks.settings(networkId));
		}
		model.addAttribute("history", networks.settingsHistory(networkId));
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
}
