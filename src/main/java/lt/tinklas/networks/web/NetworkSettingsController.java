package lt.tinklas.networks.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.networks.application.NetworkRetention;
import lt.tinklas.networks.application.RetentionSettings;
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

/**
 * The network's settings: staff read them with their history and the latest retention runs, the
 * network admin edits them and the retention periods.
 */
@Controller
class NetworkSettingsController {

	private static final int RUNS_SHOWN = 30;

	private final Networks networks;
	private final NetworkRetention retention;

	NetworkSettingsController(Networks networks, NetworkRetention retention) {
		this.networks = networks;
		this.retention = retention;
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
