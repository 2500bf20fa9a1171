package lt.tinklas.events.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import lt.tinklas.events.EventData;
import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventStatus;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.ParticipationStatus;
import lt.tinklas.events.application.AttendanceImport;
import lt.tinklas.events.application.Certificates;
import lt.tinklas.events.application.EventInvitations;
import lt.tinklas.events.application.FeedbackLinks;
import lt.tinklas.events.application.Materials;
import lt.tinklas.events.application.ParticipantView;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.people.PersonData;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.ratelimit.Door;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.KeepersAndRepresentatives;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.sheets.TableFiles;
import lt.tinklas.shared.sheets.SpreadsheetLimits;
import lt.tinklas.shared.sheets.UnreadableFileException;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.OpeningYear;
import lt.tinklas.shared.web.RecordTabs;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The events pages: the list, the form, an event's page with its participants and feedback. */
@Controller
@RequestMapping("/n/{slug}/events")
class EventsController {

	private final Events events;
	private final People people;
	private final PeopleAccess access;
	private final Validator validator;
	private final Organizations organizations;
	private final Municipalities municipalities;
	private final AttendanceImport attendance;
	private final FeedbackLinks feedbackLinks;
	private final Certificates certificates;
	private final Materials materials;
	private final EventInvitations invitations;
	private final TransactionTemplate transactions;
	private final RateLimits limits;
	private final SpreadsheetLimits sheetLimits;

	EventsController(Events events, People people, PeopleAccess access, Validator validator,
			Organizations organizations, Municipalities municipalities, AttendanceImport attendance,
			FeedbackLinks feedbackLinks, Certificates certificates, Materials materials, EventInvitations invitations,
			PlatformTransactionManager transactionManager, RateLimits limits, SpreadsheetLimits sheetLimits) {
		this.sheetLimits = sheetLimits;
		this.transactions = new TransactionTemplate(transactionManager);
		this.limits = limits;
		this.materials = materials;
		this.invitations = invitations;
		this.certificates = certificates;
		this.attendance = attendance;
		this.feedbackLinks = feedbackLinks;
		this.events = events;
		this.people = people;
		this.access = access;
		this.validator = validator;
		this.organizations = organizations;
		this.municipalities = municipalities;
	}

	/** Events on one page of the list. */
	static final int PAGE = 100;

	@GetMapping
	@AnyNetworkRole
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) EventType type, @RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today.withDayOfYear(today.lengthOfYear()) : to;
		if (from == null && to == null) {
			OpeningYear opening = OpeningYear.after(events.lastYearWithEvents());
			start = opening.from();
			end = opening.to();
			model.addAttribute("opening", opening);
		}
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("type", type);
		model.addAttribute("types", EventType.values());
		try {
			model.addAttribute("result", events.page(start, end, type, page, PAGE));
		}
		catch (InvalidInputException e) {
			model.addAttribute("result", new Events.EventPage(List.of(), 0, 0, PAGE));
			model.addAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "events/list";
	}

	@GetMapping("/new")
	@Keepers
	String newEvent(Model model) {
		model.addAttribute("form", EventForm.empty());
		return form(model);
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @ModelAttribute("form") EventForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		EventData data = form.toData();
		check(data, binding);
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				EventView created = events.create(data);
				return "/n/" + slug + "/events/" + created.id();
			}, () -> form(model));
	}

	/**
	 * An event's page: its header (what, when, where, how many registered and attended), then the
	 * tab asked for ({@code ?tab=}): participants (default), feedback, materials, invitations and the
	 * form (the staff's), history. Each tab reads only what it shows; the participants are read for
	 * every tab, since the header counts them.
	 */
	@GetMapping("/{id}")
	@AnyNetworkRole
	String show(@PathVariable long id, @RequestParam(required = false) String tab,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		EventView event = events.get(id);
		Long organization = access.limitedTo(user);
		boolean keeper = RoleGroup.KEEPERS.includes(SecurityContextHolder.getContext().getAuthentication().getAuthorities());
		RecordTabs tabs = RecordTabs.offer()
			.tab("participants", "event.tab.participants")
			.tab("feedback", "event.feedback")
			.tab("materials", "material.title")
			.tabIf(keeper, "invitations", "invitation.title")
			.tabIf(keeper, "edit", "record.tab.edit")
			.tab("history", "history.title")
			.open(tab);
		model.addAttribute("tabs", tabs);
		model.addAttribute("event", event);
		List<ParticipantView> everyone = events.participants(id);
		model.addAttribute("attendedCount", everyone.stream().filter(p -> p.status() == ParticipationStatus.ATTENDED).count());
		List<ParticipantView> participants = everyone
			.stream()
			.filter(p -> organization == null || organization.equals(p.organizationId()))
			.toList();
		model.addAttribute("participants", participants);
		boolean started = !event.startsAt().isAfter(OffsetDateTime.now());
		model.addAttribute("started", started);
		if (tabs.is("participants")) {
			// the names of the participants' organizations only
			model.addAttribute("organizationNames", organizations.namesOf(participants.stream()
				.map(ParticipantView::organizationId)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet())));
			model.addAttribute("statuses", organization == null ? List.of(ParticipationStatus.REGISTERED,
					ParticipationStatus.ATTENDED, ParticipationStatus.ABSENT, ParticipationStatus.CANCELLED)
					: List.of(ParticipationStatus.REGISTERED, ParticipationStatus.CANCELLED));
			model.addAttribute("addStatuses", organization == null ? model.getAttribute("statuses")
					: List.of(ParticipationStatus.REGISTERED));
			// once the event has started, a person added by the staff is a walk-in who attended
			model.addAttribute("addAs", organization == null && started ? ParticipationStatus.ATTENDED
					: ParticipationStatus.REGISTERED);
			if (organization == null) {
				model.addAttribute("personSearchUrl", NetworkContext.path("/people/choices"));
			}
			else {
				// a representative registers the people of their own organization, a short list
				Set<Long> listed = participants.stream().map(ParticipantView::personId).collect(Collectors.toSet());
				model.addAttribute("ownPeople", people.search("", organization)
					.stream()
					.filter(p -> !listed.contains(p.id()))
					.toList());
			}
		}
		if (tabs.is("feedback")) {
			model.addAttribute("attendees", participants.stream().filter(p -> p.status() == ParticipationStatus.ATTENDED).toList());
			model.addAttribute("feedback", events.feedback(id));
		}
		if (tabs.is("materials")) {
			model.addAttribute("materials", materials.of(id));
		}
		if (tabs.is("history")) {
			model.addAttribute("history", events.history(id));
		}
		if (tabs.is("edit")) {
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", EventForm.of(event));
			}
			return form(model);
		}
		if (tabs.is("invitations")) {
			model.addAttribute("counties", municipalities.counties());
			model.addAttribute("segments", EventInvitations.Segment.values());
			model.addAttribute("invitationGroups", invitations.groups());
		}
		return "events/event";
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") EventForm form,
			BindingResult binding, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		EventData data = form.toData();
		check(data, binding);
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> events.changedSince(id, form.version()),
					() -> events.get(id).version())
			.save(() -> {
				events.update(id, form.version(), data);
				return "/n/" + slug + "/events/" + id;
			}, () -> show(id, "edit", user, model));
	}

	@PostMapping("/{id}/cancel")
	@Keepers
	String cancel(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		events.cancel(id);
		redirect.addFlashAttribute("saved", "event.cancelled");
		return "redirect:/n/" + slug + "/events/" + id;
	}

	/**
	 * Puts a person on the event's list: one chosen in the picker ({@code personId}), one named by
	 * e-mail, or, for the staff, a new person typed in (first name, last name, e-mail), who is added
	 * to the network's people and to the list in one transaction, so a refused registration leaves
	 * no person behind. Each problem is said beside its field and nothing is saved.
	 */
	@PostMapping("/{id}/participants")
	@KeepersAndRepresentatives
	String register(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String firstName, @RequestParam(defaultValue = "") String lastName,
			@RequestParam(defaultValue = "") String newEmail,
			@RequestParam(defaultValue = "REGISTERED") ParticipationStatus status,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Long organization = access.limitedTo(user);
		String back = "redirect:/n/" + slug + "/events/" + id + "#participants";
		boolean typedNew = !firstName.isBlank() || !lastName.isBlank() || !newEmail.isBlank();
		try {
			ParticipantView registered;
			if (personId.isBlank() && email.isBlank() && typedNew && organization == null) {
				PersonData data = new PersonData(firstName.strip(), lastName.strip(), newEmail.strip(), null, null,
						List.of(), List.of());
				List<InvalidInputException.FieldError> problems = newPersonProblems(data);
				if (!problems.isEmpty()) {
					redirect.addFlashAttribute("participantErrors", problems);
					redirect.addFlashAttribute("typedPerson", Map.of("firstName", firstName, "lastName", lastName,
							"newEmail", newEmail));
					return back;
				}
				// the person and their place on the list are saved together, or neither is
				registered = transactions.execute(done -> events.register(id, people.create(data).id(), null, status));
			}
			else {
				PersonView person = chosen(personId, email);
				if (organization != null) {
					access.checkMaySee(user, person.id());
				}
				registered = organization != null
						? events.registerForOrganization(id, person.id(), organization, status)
						: events.register(id, person.id(), currentOrganization(person), status);
			}
			redirect.addFlashAttribute("saved", registered.status() == ParticipationStatus.WAITLISTED
					? "event.participant.waitlisted" : "event.participant.added");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("participantErrors", e.errors());
			redirect.addFlashAttribute("typedPerson", Map.of("firstName", firstName, "lastName", lastName,
					"newEmail", newEmail));
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("participantErrors",
					List.of(new InvalidInputException.FieldError("personId", e.messageKey(), e.arguments())));
		}
		return back;
	}

	/** The person picked (by id, in this network only) or named by e-mail; a clear refusal otherwise. */
	private PersonView chosen(String personId, String email) {
		if (!personId.isBlank()) {
			Long id;
			try {
				id = Long.valueOf(personId.strip());
			}
			catch (NumberFormatException e) {
				throw InvalidInputException.of("personId", "event.error.noSuchPerson");
			}
			PersonView person = people.getAll(List.of(id)).get(id);
			if (person == null || person.erased()) {
				throw InvalidInputException.of("personId", "event.error.noSuchPerson");
			}
			return person;
		}
		if (email.isBlank()) {
			throw InvalidInputException.of("personId", "event.error.choosePerson");
		}
		return people.byEmail(email).orElseThrow(() -> InvalidInputException.of("email", "event.error.unknownPerson"));
	}

	/** What keeps a person typed in from being added: empty names, a bad or taken e-mail. */
	private List<InvalidInputException.FieldError> newPersonProblems(PersonData data) {
		List<InvalidInputException.FieldError> problems = new ArrayList<>();
		for (String field : List.of("firstName", "lastName", "email")) {
			validator.validateProperty(data, field)
				.stream()
				.findFirst()
				// the message as Bean Validation writes it, its limits ({min}, {max}) filled in
				.ifPresent(violation -> problems.add(InvalidInputException.FieldError
					.text(field.equals("email") ? "newEmail" : field, violation.getMessage())));
		}
		if (problems.stream().noneMatch(p -> p.field().equals("newEmail")) && people.byEmail(data.email()).isPresent()) {
			problems.add(new InvalidInputException.FieldError("newEmail", "event.error.personExists",
					new Object[] { data.email() }));
		}
		return problems;
	}

	/**
	 * The attendance ticked on the participants tab, saved at once: each person listed ({@code listed})
	 * attended when ticked ({@code attended}), absent otherwise.
	 */
	@PostMapping("/{id}/attendance/marks")
	@Keepers
	String markAttendance(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "") List<String> listed, @RequestParam(defaultValue = "") List<String> attended,
			RedirectAttributes redirect) {
		try {
			events.markAttendance(id, ids(listed), ids(attended));
			redirect.addFlashAttribute("saved", "event.attendance.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "redirect:/n/" + slug + "/events/" + id + "#participants";
	}

	private static List<Long> ids(List<String> values) {
		try {
			return values.stream().filter(v -> !v.isBlank()).map(v -> Long.valueOf(v.strip())).toList();
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of("attended", "event.error.notOnList");
		}
	}

	@PostMapping("/{id}/participants/{personId}")
	@KeepersAndRepresentatives
	String changeStatus(@PathVariable String slug, @PathVariable long id, @PathVariable long personId,
			@RequestParam ParticipationStatus status, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		Long organization = access.limitedTo(user);
		if (organization != null) {
			access.checkMaySee(user, personId);
		}
		try {
			if (organization != null) {
				events.changeForOrganization(id, personId, status);
			}
			else {
				events.changeStatus(id, personId, status);
			}
			redirect.addFlashAttribute("saved", "common.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "redirect:/n/" + slug + "/events/" + id + "#participants";
	}

	@PostMapping("/{id}/attendance")
	@Keepers
	String markAll(@PathVariable String slug, @PathVariable long id, @RequestParam ParticipationStatus status,
			RedirectAttributes redirect) {
		try {
			events.markAll(id, status);
			redirect.addFlashAttribute("saved", "common.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "redirect:/n/" + slug + "/events/" + id + "#participants";
	}

	@PostMapping("/{id}/attendance/import")
	@Keepers
	String importAttendance(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file,
			Locale locale, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "file.error.none");
			return "redirect:/n/" + slug + "/events/" + id + "#participants";
		}
		try {
			AttendanceImport.Result result = attendance.run(id,
					TableFiles.read(file.getBytes(), file.getOriginalFilename(), sheetLimits), locale);
			if (result.problems().isEmpty()) {
				redirect.addFlashAttribute("saved", "attendance.imported");
			}
			else {
				redirect.addFlashAttribute("attendanceProblems", result.problems());
			}
		}
		catch (UnreadableFileException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/n/" + slug + "/events/" + id + "#participants";
	}

	/**
	 * Invitations go in two steps: the first shows who would be invited and who would be left out
	 * and why; the same choice sent again with {@code confirmed} sends them.
	 */
	@PostMapping("/{id}/invitations")
	@Keepers
	String invite(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) EventInvitations.Segment segment,
			@RequestParam(required = false) String county, @RequestParam(required = false) Long groupId,
			@RequestParam(required = false) String emails, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		try {
			if (confirmed) {
				limits.checkUser(Door.INVITATION, slug);
				redirect.addFlashAttribute("invitationsSent", invitations.invite(id, segment, county, groupId, emails));
			}
			else {
				redirect.addFlashAttribute("invitationPlan", invitations.plan(id, segment, county, groupId, emails));
				Map<String, String> chosen = new LinkedHashMap<>();
				chosen.put("segment", segment.name());
				chosen.put("county", county == null ? "" : county);
				chosen.put("groupId", groupId == null ? "" : String.valueOf(groupId));
				chosen.put("emails", emails == null ? "" : emails);
				redirect.addFlashAttribute("invitationChoice", chosen);
			}
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("invitationError", e.errors().get(0));
		}
		return "redirect:/n/" + slug + "/events/" + id + "?tab=invitations";
	}

	@PostMapping("/{id}/materials")
	@Keepers
	String addMaterial(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			materials.add(id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
			redirect.addFlashAttribute("saved", "material.added");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("materialError", e.errors().get(0));
		}
		return "redirect:/n/" + slug + "/events/" + id + "?tab=materials";
	}

	@GetMapping("/{id}/materials/{materialId}")
	@AnyNetworkRole
	ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
		Materials.Download file = materials.download(id, materialId);
		return download(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()));
	}

	@PostMapping("/{id}/materials/{materialId}/delete")
	@Keepers
	String deleteMaterial(@PathVariable String slug, @PathVariable long id, @PathVariable long materialId,
			RedirectAttributes redirect) {
		materials.delete(id, materialId);
		redirect.addFlashAttribute("saved", "material.deleted");
		return "redirect:/n/" + slug + "/events/" + id + "?tab=materials";
	}

	@GetMapping("/{id}/certificates/{personId}.pdf")
	@KeepersAndRepresentatives
	ResponseEntity<byte[]> certificate(@PathVariable String slug, @PathVariable long id,
			@PathVariable long personId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		// a member representative downloads the certificates of their own organization's people
		if (access.limitedTo(user) != null) {
			access.checkMaySee(user, personId);
		}
		return download(certificates.pdf(id, personId, locale),
				Certificates.number(slug, events.get(id), personId) + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/{id}/certificates.zip")
	@Keepers
	ResponseEntity<byte[]> allCertificates(@PathVariable long id, Locale locale) {
		return download(certificates.zip(id, locale), "pazymejimai-" + id + ".zip",
				MediaType.parseMediaType("application/zip"));
	}

	static ResponseEntity<byte[]> download(byte[] content, String name,
			MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	@PostMapping("/{id}/feedback-requests")
	@Keepers
	String sendFeedbackRequests(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		try {
			int sent = feedbackLinks.send(id);
			redirect.addFlashAttribute("feedbackRequestsSent", sent);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "redirect:/n/" + slug + "/events/" + id + "?tab=feedback";
	}

	@PostMapping("/{id}/feedback")
	@Keepers
	String feedback(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			events.giveFeedback(id, personId, parseRating(rating), comment);
			redirect.addFlashAttribute("saved", "event.feedback.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
			redirect.addFlashAttribute("typedComment", comment);
			redirect.addFlashAttribute("typedRating", rating);
		}
		return "redirect:/n/" + slug + "/events/" + id + "?tab=feedback";
	}

	static Integer parseRating(String rating) {
		try {
			return rating == null || rating.isBlank() ? null : Integer.valueOf(rating.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private Long currentOrganization(PersonView person) {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		return person.affiliations()
			.stream()
			.filter(a -> (a.from() == null || !a.from().isAfter(today)) && (a.until() == null || !a.until().isBefore(today)))
			.map(a -> a.organizationId())
			.findFirst()
			.orElse(null);
	}

	private String form(Model model) {
		model.addAttribute("types", EventType.values());
		model.addAttribute("formats", EventFormat.values());
		model.addAttribute("tagNames", events.tagNames());
		model.addAttribute("editableStatuses", List.of(EventStatus.PLANNED, EventStatus.HELD));
		model.addAttribute("speakerChoices", people.choices(NetworkContext.path("/people/choices")));
		model.addAttribute("counties", municipalities.counties());
		model.addAttribute("municipalityList", municipalities.all());
		if (!model.containsAttribute("event")) {
			return "events/form";
		}
		return "events/event";
	}

	private boolean check(EventData data, BindingResult binding) {
		for (ConstraintViolation<EventData> violation : validator.validate(data)) {
			String field = violation.getPropertyPath().toString();
			binding.rejectValue(field.equals("isPublic") ? "publicEvent" : field, "invalid", violation.getMessage());
		}
		if (data.municipality() != null && !data.municipality().isBlank() && !binding.hasFieldErrors("municipality")
				&& municipalities.byIso(data.municipality()).isEmpty()) {
			binding.rejectValue("municipality", "event.error.municipality");
		}
		return !binding.hasErrors();
	}
}
