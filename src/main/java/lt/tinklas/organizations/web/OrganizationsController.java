package lt.tinklas.organizations.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.Users;
import lt.tinklas.organizations.DecidedBy;
import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.MembershipChange;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.OrganizationData;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.OrganizationStanding;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.organizations.OrganizationPage;
import lt.tinklas.shared.map.MunicipalityMap;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.KeepersAndRepresentatives;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Choices;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.ListSort;
import lt.tinklas.shared.web.PageLinks;
import lt.tinklas.shared.web.RecordTabs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
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
	private final Users users;
	private final MunicipalityMap map;
	private final ObjectProvider<OrganizationStanding> standings;
	private final MessageSource messages;

	OrganizationsController(Organizations organizations, Municipalities municipalities,
			Users users, MunicipalityMap map,
			MessageSource messages,
			ObjectProvider<OrganizationStanding> standings) {
		this.standings = standings;
		this.map = map;
		this.messages = messages;
		this.organizations = organizations;
		this.municipalities = municipalities;
		this.users = users;
	}

	/** Staff keep every organization; a member representative keeps their own organization's profile. */
	private boolean mayEdit(SignedInUser user, long organizationId) {
		return users.membershipIn(Tenancy.require(), user.id()).map(membership -> switch (membership.role()) {
			case NETWORK_ADMIN, STAFF -> true;
			case MEMBER_REP -> Long.valueOf(organizationId).equals(membership.organizationId());
			case BOARD -> false;
		}).orElse(false);
	}

	private boolean isStaff(SignedInUser user) {
		return users.membershipIn(Tenancy.require(), user.id())
			.map(m -> m.role() == Role.NETWORK_ADMIN || m.role() == Role.STAFF)
			.orElse(false);
	}

	/**
	 * The directory, a page at a time. A page number that is not one (-1, "du") opens the first
	 * page, one past the end the last.
	 */
	@GetMapping
	@AnyNetworkRole
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String county,
			@RequestParam(required = false) String municipality,
			@RequestParam(required = false) TargetGroup targetGroup,
			@RequestParam(required = false) MembershipStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") String page, HttpServletRequest request, Model model) {
		ListSort order = ListSort.of(sort, dir, OrganizationFilter.SORTS, request);
		OrganizationFilter filter = new OrganizationFilter(q, county, municipality, targetGroup, status, asOf,
				order.key(), order.descending());
		OrganizationPage result = PageLinks.read(page, PAGE_SIZE, p -> organizations.search(filter, p, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order);
		model.addAttribute("result", result);
		model.addAttribute("pages", PageLinks.of(result, PAGE_SIZE, request));
		model.addAttribute("asOf", asOf == null ? LocalDate.now(Formats.VILNIUS) : asOf);
		return reference(model, "organizations/list");
	}

	/**
	 * The organizations a picker offers for what was typed (two letters or more): a few, by name,
	 * short name or legal code, in Lithuanian order; the names are the network's own list.
	 */
	@GetMapping("/choices")
	@AnyNetworkRole
	ResponseEntity<List<Choices.Found>> choices(@RequestParam(defaultValue = "") String q) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(q.strip().length() < 2 ? List.of() : organizations.found(q));
	}

	/** The members on a day (today by default) on the map by their seat, with the count per municipality beside it. */
	@GetMapping("/map")
	@AnyNetworkRole
	String map(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
		LocalDate day = asOf == null ? LocalDate.now(Formats.VILNIUS) : asOf;
		Map<String, Long> bySeat = organizations.membersBySeat(day);
		Map<String, String> categories = new HashMap<>();
		Map<String, String> details = new HashMap<>();
		bySeat.forEach((code, count) -> {
			categories.put(code, count >= 3 ? "many" : count == 2 ? "two" : "one");
			details.put(code, String.valueOf(count));
		});
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, MunicipalityMap.Style> styles = new LinkedHashMap<>();
		styles.put("none", new MunicipalityMap.Style("#eeeeee", messages.getMessage("directory.map.none", null, locale)));
		styles.put("one", new MunicipalityMap.Style("#c6dbef", messages.getMessage("directory.map.one", null, locale)));
		styles.put("two", new MunicipalityMap.Style("#6baed6", messages.getMessage("directory.map.two", null, locale)));
		styles.put("many", new MunicipalityMap.Style("#2171b5", messages.getMessage("directory.map.many", null, locale)));
		model.addAttribute("asOf", day);
		model.addAttribute("memberCount", bySeat.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("map", map.draw(messages.getMessage("directory.map.caption", new Object[] { String.valueOf(day) }, locale),
				categories, "none", styles, details, messages.getMessage("directory.map.members", null, locale)));
		return "organizations/map";
	}

	@GetMapping("/new")
	@Keepers
	String newOrganization(Model model) {
		model.addAttribute("form", OrganizationForm.empty());
		return reference(model, "organizations/form");
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @ModelAttribute("form") OrganizationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		OrganizationData data = form.toData();
		if (check(data, null, binding)) {
			try {
				OrganizationView created = organizations.create(data);
				organizations.keepNotes(created.id(), form.privateNotes());
				redirect.addFlashAttribute("saved", "common.saved");
				return "redirect:/n/" + slug + "/organizations/" + created.id();
			}
			catch (InvalidInputException e) {
				e.applyTo(binding);
			}
		}
		return reference(model, "organizations/form");
	}

	/**
	 * An organization's page: its header, then the tab asked for ({@code ?tab=}): the overview
	 * (default) with its details as text and what the other modules know of it, the form (to those
	 * who may edit it only) and its history. Each tab reads only what it shows.
	 */
	@GetMapping("/{id}")
	@AnyNetworkRole
	String show(@PathVariable long id, @RequestParam(required = false) String tab,
			@AuthenticationPrincipal SignedInUser user,
			Model model) {
		OrganizationView organization = organizations.get(id, null);
		boolean mayEdit = mayEdit(user, id);
		// those who keep the profile (its own representative too) and readers see its history
		boolean mayReadHistory = mayEdit || RoleGroup.KEEPERS_AND_READERS
			.includes(SecurityContextHolder.getContext().getAuthentication().getAuthorities());
		RecordTabs tabs = RecordTabs.offer()
			.tab("overview", "record.tab.overview")
			.tabIf(mayEdit, "edit", "record.tab.edit")
			.tabIf(mayReadHistory, "history", "history.title")
			.open(tab);
		model.addAttribute("tabs", tabs);
		model.addAttribute("organization", organization);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("seat", organization.seatMunicipality() == null ? null
				: municipalities.byIso(organization.seatMunicipality()).orElse(null));
		model.addAttribute("membership", organizations.membership(id));
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, List<OrganizationStanding.Line>> keyFacts = new LinkedHashMap<>();
		Map<String, List<OrganizationStanding.Line>> standing = new LinkedHashMap<>();
		standings.orderedStream().forEach(s -> {
			if (!s.keyFact() && !tabs.is("overview")) {
				return;
			}
			var lines = s.linesFor(id, locale);
			if (!lines.isEmpty()) {
				(s.keyFact() ? keyFacts : standing).put(s.heading(locale), lines);
			}
		});
		model.addAttribute("keyFacts", keyFacts);
		model.addAttribute("standing", standing);
		if (tabs.is("overview")) {
			model.addAttribute("privateNotes", isStaff(user) ? organizations.privateNotes(id) : null);
			model.addAttribute("changes", MembershipChange.values());
			model.addAttribute("bodies", DecidedBy.values());
		}
		if (tabs.is("edit") && !model.containsAttribute("form")) {
			model.addAttribute("form",
					OrganizationForm.of(organization, isStaff(user) ? organizations.privateNotes(id) : null));
		}
		if (tabs.is("history")) {
			// the history shows each reader only the fields they may read (private notes to the staff alone)
			model.addAttribute("history", organizations.history(id));
		}
		return reference(model, "organizations/organization");
	}

	@PostMapping("/{id}")
	@KeepersAndRepresentatives
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") OrganizationForm form,
			BindingResult binding,
			@AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		if (!mayEdit(user, id)) {
			throw new AccessDeniedException("Not this organization's representative");
		}
		OrganizationData data = form.toData();
		check(data, id, binding);
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> organizations.changedSince(id, form.version()),
					() -> organizations.get(id, null).version())
			.save(() -> {
				organizations.update(id, form.version(), data);
				if (isStaff(user)) {
					organizations.keepNotes(id, form.privateNotes());
				}
				return "/n/" + slug + "/organizations/" + id;
			}, () -> show(id, "edit", user, model));
	}

	@PostMapping("/{id}/membership")
	@Keepers
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
	@Keepers
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
			new InvalidInputException(List.of(new InvalidInputException.FieldError(field, error.messageKey(),
					error.arguments()))).applyTo(binding);
		}
		return !binding.hasErrors();
	}
}
