package lt.tinklas.support.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.identity.SignedInUser;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.support.ConsultationTopic;
import lt.tinklas.support.Consultations;
import lt.tinklas.support.application.ConsultationView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Consultations and report reviews. A member representative sees only their own organization's,
 * never the private summary; another organization's consultation does not exist for them.
 */
@Controller
@RequestMapping("/n/{slug}/consultations")
class ConsultationsController {

	private final Consultations consultations;
	private final Organizations organizations;
	private final People people;
	private final PeopleAccess access;
	private final MessageSource messages;

	ConsultationsController(Consultations consultations, Organizations organizations, People people,
			PeopleAccess access, MessageSource messages) {
		this.consultations = consultations;
		this.organizations = organizations;
		this.people = people;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	@AnyNetworkRole
	String list(@RequestParam(required = false) Long organization, @RequestParam(required = false) ConsultationTopic topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Long only = access.limitedTo(user);
		model.addAttribute("consultations", visible(only, organization, topic, from, to));
		model.addAttribute("organization", only != null ? only : organization);
		model.addAttribute("limited", only != null);
		model.addAttribute("topic", topic);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("topics", ConsultationTopic.values());
		model.addAttribute("organizationChoices", organizations.choices(NetworkContext.path("/organizations/choices")));
		return "support/consultations";
	}

	/** The consultations the user may see: a representative's own organization's, without summaries. */
	private List<ConsultationView> visible(Long only, Long organization, ConsultationTopic topic, LocalDate from,
			LocalDate to) {
		List<ConsultationView> found = consultations
			.list(new Consultations.Filter(only != null ? only : organization, topic, from, to));
		return only == null ? found : found.stream().map(ConsultationView::withoutSummary).toList();
	}

	@ReadsFromReplica
	@GetMapping("/export.{format}")
	@AnyNetworkRole
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) Long organization,
			@RequestParam(required = false) ConsultationTopic topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal SignedInUser user) {
		Long only = access.limitedTo(user);
		List<String> headers = new ArrayList<>(Arrays.asList(text("consultation.field.heldOn"),
				text("consultation.field.organizationId"), text("consultation.field.topic"),
				text("consultation.field.consultantId"), text("consultation.field.consultedIds"),
				text("consultation.field.minutes"), text("consultation.field.followUpOn")));
		if (only == null) {
			headers.add(text("consultation.field.summary"));
		}
		List<List<Object>> rows = visible(only, organization, topic, from, to).stream().map(c -> {
			List<Object> row = new ArrayList<>(Arrays.<Object>asList(c.heldOn(), c.organization(),
					text("consultationTopic." + c.topic()), c.consultant(), String.join(", ", c.consulted()), c.minutes(),
					c.followUpOn()));
			if (only == null) {
				row.add(c.summary());
			}
			return row;
		}).toList();
		return Downloads.table("konsultacijos", text("consultations.title"), format, headers, rows);
	}

	@GetMapping("/new")
	@Keepers
	String newConsultation(@RequestParam(required = false) Long organization, Model model) {
		model.addAttribute("form", ConsultationForm.empty(organization));
		return form(model);
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @ModelAttribute("form") ConsultationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				ConsultationView created = consultations.create(form.toData());
				return "/n/" + slug + "/consultations/" + created.id();
			}, () -> form(model));
	}

	@GetMapping("/{id}")
	@AnyNetworkRole
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Long only = access.limitedTo(user);
		ConsultationView consultation = consultations.get(id);
		if (only != null && only != consultation.organizationId()) {
			throw new NotFoundException("Consultation");
		}
		model.addAttribute("consultation", only == null ? consultation : consultation.withoutSummary());
		model.addAttribute("limited", only != null);
		if (only == null) {
			model.addAttribute("history", consultations.history(id));
		}
		return "support/consultation";
	}

	@GetMapping("/{id}/edit")
	@Keepers
	String edit(@PathVariable long id, Model model) {
		ConsultationView consultation = consultations.get(id);
		model.addAttribute("consultation", consultation);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ConsultationForm.of(consultation));
		}
		return form(model);
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") ConsultationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> consultations.changedSince(id, form.version()),
					() -> consultations.get(id).version())
			.save(() -> {
				consultations.update(id, form.version(), form.toData());
				return "/n/" + slug + "/consultations/" + id;
			}, () -> edit(id, model));
	}

	@PostMapping("/{id}/delete")
	@Keepers
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		consultations.delete(id);
		redirect.addFlashAttribute("saved", "consultation.deleted");
		return "redirect:/n/" + slug + "/consultations";
	}

	private String form(Model model) {
		model.addAttribute("topics", ConsultationTopic.values());
		model.addAttribute("organizationChoices", organizations.choices(NetworkContext.path("/organizations/choices")));
		model.addAttribute("personChoices", people.choices(NetworkContext.path("/people/choices")));
		return "support/consultation-form";
	}

	// report reviews

	@GetMapping("/reviews")
	@AnyNetworkRole
	String reviews(@RequestParam(required = false) Long organization, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Long only = access.limitedTo(user);
		model.addAttribute("reviews", consultations.reviews(only != null ? only : organization, year));
		model.addAttribute("organization", only != null ? only : organization);
		model.addAttribute("year", year);
		model.addAttribute("limited", only != null);
		model.addAttribute("organizationChoices", organizations.choices(NetworkContext.path("/organizations/choices")));
		return "support/reviews";
	}

	@PostMapping("/reviews")
	@Keepers
	String review(@PathVariable String slug, @RequestParam(required = false) String organizationId,
			@RequestParam(required = false) String reportYear, @RequestParam(required = false) String reviewedOn,
			@RequestParam(required = false) String findings, @RequestParam(required = false) boolean compliant,
			RedirectAttributes redirect) {
		try {
			consultations.review(number("organizationId", organizationId), integer("reportYear", reportYear),
					date("reviewedOn", reviewedOn), findings, compliant);
			redirect.addFlashAttribute("saved", "reportReview.saved");
		}
		catch (InvalidInputException e) {
			Map<String, String> byField = new LinkedHashMap<>();
			e.errors().forEach(error -> byField.merge(error.field(), text(error), (a, b) -> a + " " + b));
			redirect.addFlashAttribute("fieldErrors", byField);
			redirect.addFlashAttribute("typed", Map.of("organizationId", value(organizationId), "reportYear",
					value(reportYear), "reviewedOn", value(reviewedOn), "findings", value(findings), "compliant",
					String.valueOf(compliant)));
			redirect.addFlashAttribute("flashError", "form.hasErrors");
		}
		return "redirect:/n/" + slug + "/consultations/reviews";
	}

	@PostMapping("/reviews/{id}/delete")
	@Keepers
	String deleteReview(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		consultations.deleteReview(id);
		redirect.addFlashAttribute("saved", "reportReview.deleted");
		return "redirect:/n/" + slug + "/consultations/reviews";
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private String text(InvalidInputException.FieldError error) {
		return error.messageKey() == null ? String.valueOf(error.arguments()[0])
				: messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale());
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}

	static Long number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of(field, "typeMismatch");
		}
	}

	static Integer integer(String field, String text) {
		Long number = number(field, text);
		if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
			throw InvalidInputException.of(field, "typeMismatch");
		}
		return number == null ? null : number.intValue();
	}

	static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of(field, "typeMismatch");
		}
	}
}
