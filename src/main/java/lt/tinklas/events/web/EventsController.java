package lt.tinklas.events.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.KeepersAndRepresentatives;
import lt.tinklas.shared.sheets.TableFiles;
import lt.tinklas.shared.sheets.UnreadableFileException;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.OpeningYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

	EventsController(Events events, People people, PeopleAccess access, Validator validator,
			Organizations organizations, Municipalities municipalities, AttendanceImport attendance,
			FeedbackLinks feedbackLinks, Certificates certificates, Materials materials, EventInvitations invitations) {
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

	@GetMapping("/{id}")
	@AnyNetworkRole
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		EventView event = events.get(id);
		Long organization = access.limitedTo(user);
		model.addAttribute("event", event);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", EventForm.of(event));
		}
		List<ParticipantView> participants = events.participants(id)
			.stream()
			.filter(p -> organization == null || organization.equals(p.organizationId()))
			.toList();
		model.addAttribute("participants", participants);
		// the names of the participants' organizations only
		model.addAttribute("organizationNames", organizations.namesOf(participants.stream()
			.map(ParticipantView::organizationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet())));
		model.addAttribute("attendees", participants.stream().filter(p -> p.status() == ParticipationStatus.ATTENDED).toList());
		model.addAttribute("feedback", events.feedback(id));
		model.addAttribute("materials", materials.of(id));
		model.addAttribute("history", events.history(id));
		model.addAttribute("statuses", organization == null ? List.of(ParticipationStatus.REGISTERED,
				ParticipationStatus.ATTENDED, ParticipationStatus.ABSENT, ParticipationStatus.CANCELLED)
				: List.of(ParticipationStatus.REGISTERED, ParticipationStatus.CANCELLED));
		model.addAttribute("addStatuses", organization == null ? model.getAttribute("statuses")
				: List.of(ParticipationStatus.REGISTERED));
		boolean started = !event.startsAt().isAfter(OffsetDateTime.now());
		model.addAttribute("started", started);
		// once the event has started, a person added by the staff is a walk-in who attended
		model.addAttribute("addAs", organization == null && started ? ParticipationStatus.ATTENDED
				: ParticipationStatus.REGISTERED);
		return form(model);
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
			}, () -> show(id, user, model));
	}

	@PostMapping("/{id}/cancel")
	@Keepers
	String cancel(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		events.cancel(id);
		redirect.addFlashAttribute("saved", "event.cancelled");
		return "redirect:/n/" + slug + "/events/" + id;
	}

	@PostMapping("/{id}/participants")
	@KeepersAndRepresentatives
	String register(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "REGISTERED") ParticipationStatus status,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Long organization = access.limitedTo(user);
		PersonView person = people.byEmail(email).orElse(null);
		try {
			if (person == null) {
				throw InvalidInputException.of("email", "event.error.unknownPerson");
			}
			if (organization != null) {
				access.checkMaySee(user, person.id());
			}
			ParticipantView registered = organization != null
					? events.registerForOrganization(id, person.id(), organization, status)
					: events.register(id, person.id(), currentOrganization(person), status);
			redirect.addFlashAttribute("saved", registered.status() == ParticipationStatus.WAITLISTED
					? "event.participant.waitlisted" : "event.participant.added");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/n/" + slug + "/events/" + id + "#participants";
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
					TableFiles.read(file.getBytes(), file.getOriginalFilename()), locale);
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
		return "redirect:/n/" + slug + "/events/" + id + "#invitations";
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
		return "redirect:/n/" + slug + "/events/" + id + "#materials";
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
		return "redirect:/n/" + slug + "/events/" + id + "#materials";
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
		return "redirect:/n/" + slug + "/events/" + id + "#feedback";
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
		return "redirect:/n/" + slug + "/events/" + id + "#feedback";
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
		model.addAttribute("segments", EventInvitations.Segment.values());
		model.addAttribute("invitationGroups", invitations.groups());
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
