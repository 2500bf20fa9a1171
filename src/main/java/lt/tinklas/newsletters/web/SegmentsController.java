package lt.tinklas.newsletters.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.events.EventType;
import lt.tinklas.events.GroupAudience;
import lt.tinklas.newsletters.application.MailStops;
import lt.tinklas.newsletters.application.NewsletterSettingsService;
import lt.tinklas.newsletters.application.SegmentPart;
import lt.tinklas.newsletters.application.Segments;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.people.Consents;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.support.QualityStage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Segments, bounced addresses and the sending rate, for the network's keepers. A segment's page
 * shows who it reaches today and who it leaves out and why, before any mailing is sent to it. A
 * segment's parts are typed in rows ({@code parts[i].type} ...); a row without a type is left out,
 * so the form always offers one more.
 */
@Controller
@RequestMapping("/n/{slug}/newsletters")
@Keepers
class SegmentsController {

	private final Segments segments;
	private final MailStops stops;
	private final NewsletterSettingsService settings;
	private final GroupAudience groups;
	private final Consents consents;
	private final MessageSource messages;

	SegmentsController(Segments segments, MailStops stops, NewsletterSettingsService settings, GroupAudience groups,
			Consents consents, MessageSource messages) {
		this.segments = segments;
		this.stops = stops;
		this.settings = settings;
		this.groups = groups;
		this.consents = consents;
		this.messages = messages;
	}

	@GetMapping("/segments")
	String list(Model model) {
		model.addAttribute("segments", segments.list());
		return "newsletters/segments";
	}

	@GetMapping("/segments/new")
	String newForm(Model model) {
		if (!model.containsAttribute("segment")) {
			model.addAttribute("segment", new Segments.SegmentView(0, 0, "", false, List.of()));
		}
		return form(model);
	}

	@PostMapping("/segments")
	String create(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Segments.SegmentData data = read(params, errors);
		errors.replaceAll((field, key) -> messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		try {
			if (errors.isEmpty()) {
				long id = segments.create(data).id();
				redirect.addFlashAttribute("saved", "common.saved");
				return "redirect:/n/" + slug + "/newsletters/segments/" + id;
			}
		}
		catch (InvalidInputException e) {
			collect(e, errors);
		}
		model.addAttribute("segment", new Segments.SegmentView(0, 0, data.name(), Boolean.TRUE.equals(data.matchAll()),
				data.parts()));
		model.addAttribute("fieldErrors", errors);
		return form(model);
	}

	@GetMapping("/segments/{id}")
	String show(@PathVariable long id, Model model) {
		if (!model.containsAttribute("segment")) {
			model.addAttribute("segment", segments.get(id));
		}
		model.addAttribute("audience", segments.preview(id));
		model.addAttribute("history", segments.history(id));
		return form(model);
	}

	@PostMapping("/segments/{id}")
	String update(@PathVariable String slug, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Segments.SegmentData data = read(params, errors);
		errors.replaceAll((field, key) -> messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		try {
			if (errors.isEmpty()) {
				segments.update(id, InvalidInputException.requireVersion(version), data);
				redirect.addFlashAttribute("saved", "common.saved");
				return "redirect:/n/" + slug + "/newsletters/segments/" + id;
			}
		}
		catch (InvalidInputException e) {
			collect(e, errors);
		}
		catch (StaleEditException e) {
			model.addAttribute("staleChanges", segments.changedSince(id, version));
		}
		Segments.SegmentView current = segments.get(id);
		model.addAttribute("segment", new Segments.SegmentView(id, current.version(), data.name(),
				Boolean.TRUE.equals(data.matchAll()), data.parts()));
		model.addAttribute("fieldErrors", errors);
		return show(id, model);
	}

	@PostMapping("/segments/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		try {
			segments.delete(id);
			redirect.addFlashAttribute("saved", "segment.deleted");
			return "redirect:/n/" + slug + "/newsletters/segments";
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashErrorText",
					messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
			return "redirect:/n/" + slug + "/newsletters/segments/" + id;
		}
	}

	@GetMapping("/bounces")
	String bounces(Model model) {
		model.addAttribute("bounced", stops.bouncedAddresses());
		return "newsletters/bounces";
	}

	@PostMapping("/bounces/{id}/clear")
	String clear(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		stops.clear(id);
		redirect.addFlashAttribute("saved", "bounces.cleared");
		return "redirect:/n/" + slug + "/newsletters/bounces";
	}

	@GetMapping("/settings")
	String settingsPage(Model model) {
		if (!model.containsAttribute("rate")) {
			model.addAttribute("rate", String.valueOf(settings.rate()));
		}
		return "newsletters/settings";
	}

	@PostMapping("/settings")
	String saveSettings(@PathVariable String slug, @RequestParam(required = false) String rate, Model model,
			RedirectAttributes redirect) {
		try {
			settings.setRate(rate);
			redirect.addFlashAttribute("saved", "common.saved");
			return "redirect:/n/" + slug + "/newsletters/settings";
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			collect(e, errors);
			model.addAttribute("fieldErrors", errors);
			model.addAttribute("rate", rate);
			return settingsPage(model);
		}
	}

	private String form(Model model) {
		model.addAttribute("partTypes", SegmentPart.PartType.values());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("membershipStatuses", MembershipStatus.values());
		model.addAttribute("qualityStages", QualityStage.values());
		model.addAttribute("eventTypes", EventType.values());
		model.addAttribute("groups", groups.groupNames());
		model.addAttribute("consentKinds", consents.kinds());
		return "newsletters/segment";
	}

	/** The segment as typed: each row with a type is a part; a date or a number that cannot be read is refused at its field. */
	private static Segments.SegmentData read(MultiValueMap<String, String> params, Map<String, String> errors) {
		params.forEach((field, values) -> {
			if (values.stream().anyMatch(v -> v != null && v.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'))) {
				errors.put(field, "form.error.controlCharacter");
			}
		});
		List<SegmentPart> parts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String p = "parts[" + i + "].";
			String type = params.getFirst(p + "type");
			if (type == null || type.isBlank()) {
				continue;
			}
			SegmentPart.PartType partType;
			try {
				partType = SegmentPart.PartType.valueOf(type);
			}
			catch (IllegalArgumentException e) {
				errors.put(p + "type", "typeMismatch");
				continue;
			}
			String emails = params.getFirst(p + "emails");
			parts.add(new SegmentPart(partType, "true".equals(params.getFirst(p + "exclude")), blank(params.getFirst(p + "county")),
					blank(params.getFirst(p + "municipality")), enumOf(TargetGroup.class, params.getFirst(p + "targetGroup")),
					enumOf(MembershipStatus.class, params.getFirst(p + "membershipStatus")),
					date(params.getFirst(p + "on"), p + "on", errors),
					enumOf(QualityStage.class, params.getFirst(p + "qualityStage")),
					number(params.getFirst(p + "workingGroupId"), p + "workingGroupId", errors),
					enumOf(EventType.class, params.getFirst(p + "eventType")), date(params.getFirst(p + "from"), p + "from", errors),
					date(params.getFirst(p + "to"), p + "to", errors),
					number(params.getFirst(p + "consentKindId"), p + "consentKindId", errors),
					emails == null ? List.of()
							: Arrays.stream(emails.split("[\\s,;]+")).map(String::strip).filter(e -> !e.isEmpty()).toList()));
		}
		return new Segments.SegmentData(params.getFirst("name"), "true".equals(params.getFirst("matchAll")), parts);
	}

	private void collect(InvalidInputException e, Map<String, String> errors) {
		e.errors()
			.forEach(error -> errors.merge(error.field(),
					messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()),
					(a, b) -> a + " " + b));
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalDate date(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.put(field, "segment.error.notADate");
			return null;
		}
	}

	private static Long number(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			errors.put(field, "typeMismatch");
			return null;
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
