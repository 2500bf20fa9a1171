package lt.tinklas.organizations.web;

import java.time.LocalDate;

import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.MembershipChange;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.OrganizationData;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organizations pages: the filtered directory, the form, an organization's page. */
@Controller
@RequestMapping("/n/{slug}/organizations")
class OrganizationsController {

	static final int PAGE_SIZE = 25;

	private final Organizations organizations;
	private final Municipalities municipalities;
	private final lt.tinklas.identity.Users users;

	OrganizationsController(Organizations organizations, Municipalities municipalities,
			lt.tinklas.identity.Users users) {
		this.organizations = organizations;
		this.municipalities = municipalities;
		this.users = users;
	}

	/** Staff keep every organization; a member representative keeps their own organization's profile. */
	private boolean mayEdit(lt.tinklas.identity.SignedInUser user, long organizationId) {
		return users.membershipIn(lt.tinklas.shared.tenancy.Tenancy.require(), user.id()).map(membership -> switch (membership.role()) {
			case NETWORK_ADMIN, STAFF -> true;
			case MEMBER_REP -> Long.valueOf(organizationId).equals(membership.organizationId());
			case BOARD -> false;
		}).orElse(false);
	}

	private boolean isStaff(lt.tinklas.identity.SignedInUser user) {
		return users.membershipIn(lt.tinklas.shared.tenancy.Tenancy.require(), user.id())
			.map(m -> m.role() == lt.tinklas.identity.Role.NETWORK_ADMIN || m.role() == lt.tinklas.identity.Role.STAFF)
			.orElse(false);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF', 'BOARD', 'MEMBER_REP', 'READER')")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String county,
			@RequestParam(required = false) String municipality,
			@RequestParam(required = false) TargetGroup targetGroup,
			@RequestParam(required = false) MembershipStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationFilter filter = new OrganizationFilter(q, county, municipality, targetGroup, status, asOf);
		model.addAttribute("filter", filter);
		model.addAttribute("result", organizations.search(filter, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("asOf", asOf == null ? LocalDate.now(lt.tinklas.shared.web.Formats.VILNIUS) : asOf);
		return reference(model, "organizations/list");
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF')")
	String newOrganization(Model model) {
		model.addAttribute("form", new OrganizationForm());
		return reference(model, "organizations/form");
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF')")
	String create(@PathVariable String slug, @ModelAttribute("form") OrganizationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		OrganizationData data = form.toData();
		if (check(data, null, binding)) {
			try {
				OrganizationView created = organizations.create(data);
				organizations.keepNotes(created.id(), form.getPrivateNotes());
				redirect.addFlashAttribute("saved", "common.saved");
				return "redirect:/n/" + slug + "/organizations/" + created.id();
			}
			catch (InvalidInputException e) {
				e.applyTo(binding);
			}
		}
		return reference(model, "organizations/form");
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF', 'BOARD', 'MEMBER_REP', 'READER')")
	String show(@PathVariable long id,
			@org.springframework.security.core.annotation.AuthenticationPrincipal lt.tinklas.identity.SignedInUser user,
			Model model) {
		OrganizationView organization = organizations.get(id, null);
		model.addAttribute("organization", organization);
		model.addAttribute("mayEdit", mayEdit(user, id));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					OrganizationForm.of(organization, isStaff(user) ? organizations.privateNotes(id) : null));
		}
		model.addAttribute("membership", organizations.membership(id));
		model.addAttribute("history", organizations.history(id));
		model.addAttribute("changes", MembershipChange.values());
		model.addAttribute("bodies", DecidedBy.values());
		return reference(model, "organizations/organization");
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF', 'MEMBER_REP')")
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") OrganizationForm form,
			BindingResult binding,
			@org.springframework.security.core.annotation.AuthenticationPrincipal lt.tinklas.identity.SignedInUser user,
			Model model, RedirectAttributes redirect) {
		if (!mayEdit(user, id)) {
			throw new org.springframework.security.access.AccessDeniedException("Not this organization's representative");
		}
		OrganizationData data = form.toData();
		if (form.getVersion() == null) {
			binding.reject("common.error.versionRequired");
		}
		if (check(data, id, binding)) {
			try {
				organizations.update(id, form.getVersion(), data);
				if (isStaff(user)) {
					organizations.keepNotes(id, form.getPrivateNotes());
				}
				redirect.addFlashAttribute("saved", "common.saved");
				return "redirect:/n/" + slug + "/organizations/" + id;
			}
			catch (InvalidInputException e) {
				e.applyTo(binding);
			}
			catch (StaleEditException e) {
				model.addAttribute("staleChanges", organizations.changedSince(id, form.getVersion()));
				model.addAttribute("currentVersion", organizations.get(id, null).version());
			}
		}
		return show(id, user, model);
	}

	@PostMapping("/{id}/membership")
	@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF')")
	String changeMembership(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) MembershipChange change,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) DecidedBy decidedBy, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			organizations.changeMembership(id, change, on, decidedBy, reference, reason);
			redirect.addFlashAttribute("saved", "organization.membership.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "redirect:/n/" + slug + "/organizations/" + id + "#membership";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF')")
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		organizations.delete(id);
		redirect.addFlashAttribute("saved", "organization.deleted");
		return "redirect:/n/" + slug + "/organizations";
	}

	private String reference(Model model, String view) {
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("counties", municipalities.counties());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("legalForms", LegalForm.values());
		model.addAttribute("statuses", MembershipStatus.values());
		return view;
	}

	/** Marks every problem beside its field (fields that could not be read are marked already). */
	private boolean check(OrganizationData data, Long id, BindingResult binding) {
		for (InvalidInputException.FieldError error : organizations.problems(data, id)) {
			String field = error.field().startsWith("services") ? "services" : error.field();
			if (binding.hasFieldErrors(field)) {
				continue;
			}
			new InvalidInputException(java.util.List.of(new InvalidInputException.FieldError(field, error.messageKey(),
					error.arguments()))).applyTo(binding);
		}
		return !binding.hasErrors();
	}
}
