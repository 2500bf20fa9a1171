package lt.tinklas.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.identity.domain.NetworkRole;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.security.NetworkAdmins;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network admin's page of people who use the network, and their roles. */
@Controller
@RequestMapping("/n/{slug}/users")
@NetworkAdmins
class NetworkUsersController {

	private final Users users;
	private final RecordHistory history;
	private final RateLimits limits;

	NetworkUsersController(Users users, RecordHistory history, RateLimits limits) {
		this.users = users;
		this.history = history;
		this.limits = limits;
	}

	@GetMapping
	String list(@ModelAttribute("form") NewUserForm form, Model model) {
		model.addAttribute("users", users.inCurrentNetwork());
		model.addAttribute("roles", Role.values());
		return "identity/users";
	}

	@PostMapping
	String add(@PathVariable String slug, @Valid @ModelAttribute("form") NewUserForm form, BindingResult binding,
			HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
		limits.checkUser(Door.INVITATION, slug);
		if (!binding.hasErrors()) {
			NetworkRef network = NetworkContext.of(request);
			try {
				users.addToNetwork(network.id(), network.name(), new Users.NewMember(form.email(),
						form.displayName().trim(), locale.getLanguage(), form.role(), null, null));
				redirect.addFlashAttribute("saved", "users.added");
				return "redirect:/n/" + slug + "/users";
			}
			catch (InvalidInputException e) {
				e.applyTo(binding);
			}
		}
		return list(form, model);
	}

	@GetMapping("/{roleId}")
	String show(@PathVariable long roleId, Model model) {
		Users.NetworkUser user = users.member(roleId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RoleForm(user.role(), user.version()));
		}
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("history", history.of(NetworkRole.class, roleId));
		return "identity/user";
	}

	@PostMapping("/{roleId}")
	String change(@PathVariable String slug, @PathVariable long roleId, @Valid @ModelAttribute("form") RoleForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> history.changedSince(NetworkRole.class, roleId, form.version()),
					() -> users.member(roleId).version())
			.save(() -> {
				users.changeRole(roleId, form.version(), form.role(), null);
				return "/n/" + slug + "/users/" + roleId;
			}, () -> show(roleId, model));
	}

	@PostMapping("/{roleId}/delete")
	String remove(@PathVariable String slug, @PathVariable long roleId, Model model, RedirectAttributes redirect) {
		try {
			users.removeFromNetwork(roleId);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
			return "redirect:/n/" + slug + "/users/" + roleId;
		}
		redirect.addFlashAttribute("saved", "users.removed");
		return "redirect:/n/" + slug + "/users";
	}

	record NewUserForm(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String displayName,
			@NotNull Role role) {
	}

	record RoleForm(@NotNull Role role, @NotNull Long version) {
	}
}
