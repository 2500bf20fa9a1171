package lt.tinklas.networks.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.security.PlatformAdmins;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin's list of networks, and the form that creates one with its first admin. */
@Controller
@PlatformAdmins
class PlatformNetworksController {

	private final Networks networks;

	PlatformNetworksController(Networks networks) {
		this.networks = networks;
	}

	@GetMapping("/admin/networks")
	String list(@ModelAttribute("form") NewNetworkForm form, Model model) {
		model.addAttribute("networks", networks.all());
		return "networks/admin-networks";
	}

	@PostMapping("/admin/networks")
	String create(@Valid @ModelAttribute("form") NewNetworkForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!binding.hasErrors()) {
			try {
				networks.create(new Networks.NewNetwork(form.slug(), form.name(), form.adminEmail(), form.adminName(),
						null, false), locale);
				redirect.addFlashAttribute("saved", "admin.networks.created.flash");
				return "redirect:/admin/networks";
			}
			catch (InvalidInputException e) {
				e.errors().forEach(error -> binding.rejectValue(
						error.field().equals("email") ? "adminEmail" : error.field(), error.messageKey(),
						error.arguments(), null));
			}
		}
		return list(form, model);
	}

	record NewNetworkForm(@NotBlank @Size(max = 40) String slug, @NotBlank @Size(max = 200) String name,
			@NotBlank @Email @Size(max = 320) String adminEmail, @NotBlank @Size(max = 200) String adminName) {
	}
}
