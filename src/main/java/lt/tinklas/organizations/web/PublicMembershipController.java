package lt.tinklas.organizations.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.organizations.Applications;
import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.OrganizationPage;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.organizations.application.ApplicationView;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.PageLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A network's public pages about membership: the application form and the members directory. */
@Controller
class PublicMembershipController {

	static final int PAGE_SIZE = 100;

	private final Applications applications;
	private final Organizations organizations;
	private final Municipalities municipalities;
	private final RateLimits limits;

	PublicMembershipController(Applications applications, Organizations organizations,
			Municipalities municipalities, RateLimits limits) {
		this.limits = limits;
		this.applications = applications;
		this.organizations = organizations;
		this.municipalities = municipalities;
	}

	/** The form; a letter's link carries its invitation code, which the form keeps (a code too long to be one is left out). */
	@GetMapping("/n/{slug}/public/apply")
	String form(@RequestParam(name = "invitation", required = false) String invitation, Model model) {
		String code = invitation == null || invitation.isBlank() || invitation.strip().length() > 30 ? null
				: invitation.strip();
		model.addAttribute("form", ApplicationForm.empty(code));
		return reference(model);
	}

	@PostMapping("/n/{slug}/public/apply")
	String apply(@ModelAttribute("form") ApplicationForm form, BindingResult binding,
			@RequestParam(name = "consent", required = false) List<String> consent, Locale locale, Model model,
			HttpServletRequest request) {
		limits.checkAddress(Door.MEMBERSHIP_APPLICATION, request);
		List<Long> ticked = consent == null ? List.of()
				: consent.stream()
					.filter(v -> v != null && v.strip().matches("\\d{1,18}"))
					.map(v -> Long.valueOf(v.strip()))
					.toList();
		for (InvalidInputException.FieldError error : applications.problems(form.toData())) {
			if (!binding.hasFieldErrors(error.field())) {
				new InvalidInputException(List.of(error)).applyTo(binding);
			}
		}
		if (binding.hasErrors()) {
			model.addAttribute("tickedConsents", ticked);
			return reference(model);
		}
		ApplicationView application = applications.apply(form.toData(), ticked, locale);
		model.addAttribute("submission", application);
		return "organizations/public-applied";
	}

	/** The members today, a hundred a page; a page number that is not one opens the first page, one past the end the last. */
	@GetMapping("/n/{slug}/public/members")
	String members(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String county,
			@RequestParam(required = false) TargetGroup targetGroup, @RequestParam(defaultValue = "0") String page,
			HttpServletRequest request, Model model) {
		OrganizationFilter filter = new OrganizationFilter(q, county, null, targetGroup, MembershipStatus.MEMBER, null);
		OrganizationPage result = PageLinks.read(page, PAGE_SIZE, p -> organizations.search(filter, p, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("result", result);
		model.addAttribute("pages", PageLinks.of(result, PAGE_SIZE, request));
		model.addAttribute("counties", municipalities.counties());
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("targetGroups", TargetGroup.values());
		return "organizations/public-members";
	}

	private String reference(Model model) {
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("legalForms", LegalForm.values());
		model.addAttribute("offeredConsents", applications.offeredConsents());
		return "organizations/public-apply";
	}
}
