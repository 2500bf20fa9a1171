package lt.tinklas.people.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.Consents;
import lt.tinklas.people.People;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.people.PersonData;
import lt.tinklas.people.PersonView;
import lt.tinklas.people.application.PersonPage;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.KeepersAndRepresentatives;
import lt.tinklas.shared.web.Choices;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.ListSort;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.PageLinks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** The people pages: search, add, and a person's page with their history. */
@Controller
@RequestMapping("/n/{slug}/people")
class PeopleController {

	static final int PAGE_SIZE = 25;

	private final People people;
	private final PeopleAccess access;
	private final Validator validator;
	private final Organizations organizations;
	private final Consents consents;

	PeopleController(People people, PeopleAccess access, Validator validator,
			Organizations organizations, Consents consents) {
		this.consents = consents;
		this.people = people;
		this.access = access;
		this.validator = validator;
		this.organizations = organizations;
	}

	/**
	 * The people found, a page at a time, in Lithuanian order. A page number that is not one (-1,
	 * "du") opens the first page, one past the end the last.
	 */
	@GetMapping
	@AnyNetworkRole
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
		Long limitedTo = access.limitedTo(user);
		ListSort order = ListSort.of(sort, dir, People.SORTS, request);
		PersonPage found = PageLinks.read(page, PAGE_SIZE,
				p -> people.search(q, limitedTo, p, PAGE_SIZE, order.key(), order.descending()));
		model.addAttribute("q", q);
		model.addAttribute("sort", order);
		model.addAttribute("result", found);
		model.addAttribute("pages", PageLinks.of(found, PAGE_SIZE, request));
		return "people/list";
	}

	/**
	 * The people a picker offers for what was typed (two letters or more): a few, by name or
	 * e-mail, in Lithuanian order, for the staff's forms (speakers, consultants, seats ...).
	 */
	@GetMapping("/choices")
	@Keepers
	ResponseEntity<List<Choices.Found>> choices(@RequestParam(defaultValue = "") String q) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(q.strip().length() < 2 ? List.of() : people.found(q));
	}

	@GetMapping("/new")
	@KeepersAndRepresentatives
	String newPerson(@AuthenticationPrincipal SignedInUser user, Model model) {
		Long organization = access.limitedTo(user);
		model.addAttribute("form", PersonForm.empty(organization));
		return form(model);
	}

	@PostMapping
	@KeepersAndRepresentatives
	String create(@PathVariable String slug, @ModelAttribute("form") PersonForm form, BindingResult binding,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PersonData data = form.toData();
		check(data, binding);
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				access.checkMayKeep(user, data);
				PersonView created = people.create(data);
				return "/n/" + slug + "/people/" + created.id();
			}, () -> form(model));
	}

	/** The form chooses an affiliation's organization among all the network's. */
	private String form(Model model) {
		model.addAttribute("organizationChoices", organizations.choices(NetworkContext.path("/organizations/choices")));
		consentChoices(model);
		return "people/form";
	}

	@GetMapping("/{id}")
	@AnyNetworkRole
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		access.checkMaySee(user, id);
		PersonView person = people.get(id);
		model.addAttribute("person", person);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PersonForm.of(person));
		}
		model.addAttribute("history", people.history(id));
		model.addAttribute("affiliationNames", organizations.namesOf(person.affiliations()
			.stream()
			.map(PersonData.AffiliationData::organizationId)
			.toList()));
		model.addAttribute("organizationChoices", organizations.choices(NetworkContext.path("/organizations/choices")));
		consentChoices(model);
		return "people/person";
	}

	@PostMapping("/{id}")
	@KeepersAndRepresentatives
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") PersonForm form,
			BindingResult binding, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		access.checkMaySee(user, id);
		PersonData data = form.toData();
		check(data, binding);
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> people.changedSince(id, form.version()),
					() -> people.get(id).version())
			.save(() -> {
				access.checkMayKeep(user, data);
				people.update(id, form.version(), data);
				return "/n/" + slug + "/people/" + id;
			}, () -> show(id, user, model));
	}

	/** Checks the cleaned data and puts each problem beside its field; true when there is none. */
	private boolean check(PersonData data, BindingResult binding) {
		List<ConstraintViolation<PersonData>> violations = new ArrayList<>(validator.validate(data));
		for (ConstraintViolation<PersonData> violation : violations) {
			binding.rejectValue(violation.getPropertyPath().toString(), "invalid", violation.getMessage());
		}
		return !binding.hasErrors();
	}

	/** A consent row chooses its kind among the network's and says how it was given. */
	private void consentChoices(Model model) {
		model.addAttribute("consentKinds", consents.kinds());
		model.addAttribute("consentSources", PersonData.ConsentSource.values());
	}
}
