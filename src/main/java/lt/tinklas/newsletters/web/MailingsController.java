package lt.tinklas.newsletters.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import lt.tinklas.identity.SignedInUser;
import lt.tinklas.newsletters.domain.MailingStatus;
import lt.tinklas.newsletters.application.MailingTexts;
import lt.tinklas.newsletters.application.Mailings;
import lt.tinklas.newsletters.application.Segments;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The mailings, for the network's keepers: the list with each one's counts, a draft's form, its
 * preview in either language as the mail will look, a test send to oneself, the order to send now
 * or at a time (Vilnius time), and the recipients with what became of their mail.
 */
@Controller
@RequestMapping("/n/{slug}/newsletters")
@Keepers
class MailingsController {

	private final Mailings mailings;
	private final Segments segments;
	private final MessageSource messages;

	MailingsController(Mailings mailings, Segments segments, MessageSource messages) {
		this.mailings = mailings;
		this.segments = segments;
		this.messages = messages;
	}

	/** A mailing's form as typed; an unticked box is false. */
	record MailingForm(Long segmentId, String subject, String body, String subjectEn, String bodyEn,
			Boolean publicArchive, Long version) {

		MailingForm {
			publicArchive = Boolean.TRUE.equals(publicArchive);
		}

		static MailingForm of(Mailings.MailingView m) {
			return new MailingForm(m.segmentId(), m.subject(), m.body(), m.subjectEn(), m.bodyEn(), m.publicArchive(),
					m.version());
		}

		Mailings.MailingData toData() {
			return new Mailings.MailingData(segmentId, subject, body, subjectEn, bodyEn, publicArchive);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) MailingStatus status, Model model) {
		model.addAttribute("mailings",
				mailings.list().stream().filter(m -> status == null || m.status() == status).toList());
		model.addAttribute("status", status);
		model.addAttribute("statuses", MailingStatus.values());
		return "newsletters/list";
	}

	@GetMapping("/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format) {
		Locale locale = LocaleContextHolder.getLocale();
		List<List<Object>> rows = mailings.list()
			.stream()
			.map(m -> List.<Object>of(m.subject(), text("mailingStatus." + m.status(), locale),
					m.segmentName() == null ? "" : m.segmentName(), m.sendAt() == null ? "" : shown(m.sendAt()),
					m.counts().recipients(), m.counts().sent(), m.counts().failed(), m.counts().bounced(),
					m.counts().unsubscribed()))
			.toList();
		return Downloads.table("naujienlaiskiai", text("newsletters.title", locale), format,
				List.of(text("mailing.field.subject", locale), text("mailing.field.status", locale),
						text("mailing.field.segmentId", locale), text("mailing.field.sendAt", locale),
						text("mailing.counts.recipients", locale), text("mailing.counts.sent", locale),
						text("mailing.counts.failed", locale), text("mailing.counts.bounced", locale),
						text("mailing.counts.unsubscribed", locale)),
				rows);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MailingForm(null, null, null, null, null, false, null));
		}
		return form(model);
	}

	@PostMapping
	String create(@PathVariable String slug, @ModelAttribute("form") MailingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> "/n/" + slug + "/newsletters/" + mailings.create(form.toData()).id(), () -> form(model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "lt") String preview, Model model) {
		Mailings.MailingView mailing = mailings.get(id);
		String language = "en".equals(preview) ? "en" : "lt";
		model.addAttribute("mailing", mailing);
		model.addAttribute("previewLanguage", language);
		model.addAttribute("preview", mailings.preview(id, language));
		model.addAttribute("history", mailings.history(id));
		return "newsletters/mailing";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Mailings.MailingView mailing = mailings.get(id);
		model.addAttribute("mailing", mailing);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", MailingForm.of(mailing));
		}
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") MailingForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> mailings.changedSince(id, form.version()), () -> mailings.get(id).version())
			.save(() -> {
				mailings.update(id, form.version(), form.toData());
				return "/n/" + slug + "/newsletters/" + id;
			}, () -> edit(id, model));
	}

	@PostMapping("/{id}/test")
	String test(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "lt") String language,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		mailings.testSend(id, user.getUsername(), user.displayName(), "en".equals(language) ? "en" : "lt");
		redirect.addFlashAttribute("saved", "mailing.test.sent");
		return "redirect:/n/" + slug + "/newsletters/" + id;
	}

	@PostMapping("/{id}/send")
	String send(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String when,
			@RequestParam(required = false) String at, RedirectAttributes redirect) {
		String back = "redirect:/n/" + slug + "/newsletters/" + id;
		try {
			Instant time = "later".equals(when) ? time(at) : null;
			Mailings.MailingView sent = mailings.send(id, time);
			redirect.addFlashAttribute("saved", sent.sendAt().isAfter(Instant.now()) ? "mailing.scheduled" : "mailing.sending");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("sendErrors", e.errors()
				.stream()
				.map(error -> messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()))
				.toList());
			redirect.addFlashAttribute("typedAt", at);
		}
		catch (ConflictException e) {
			refuse(e, redirect);
		}
		return back;
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		try {
			mailings.cancel(id);
			redirect.addFlashAttribute("saved", "mailing.cancelled");
		}
		catch (ConflictException e) {
			refuse(e, redirect);
		}
		return "redirect:/n/" + slug + "/newsletters/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		try {
			mailings.delete(id);
			redirect.addFlashAttribute("saved", "mailing.deleted");
			return "redirect:/n/" + slug + "/newsletters";
		}
		catch (ConflictException e) {
			refuse(e, redirect);
			return "redirect:/n/" + slug + "/newsletters/" + id;
		}
	}

	@GetMapping("/{id}/recipients")
	String recipients(@PathVariable long id, Model model) {
		model.addAttribute("mailing", mailings.get(id));
		model.addAttribute("recipients", mailings.recipients(id));
		return "newsletters/recipients";
	}

	@GetMapping("/{id}/recipients.{format}")
	ResponseEntity<byte[]> recipientsExport(@PathVariable long id, @PathVariable String format) {
		Locale locale = LocaleContextHolder.getLocale();
		List<List<Object>> rows = mailings.recipients(id)
			.stream()
			.map(r -> List.<Object>of(r.name(), r.email() == null ? "" : r.email(),
					text("mailingRecipient.state." + r.state(), locale),
					r.skippedWhy() == null ? "" : text("exclusion." + r.skippedWhy(), locale),
					r.sentAt() == null ? "" : shown(r.sentAt()),
					r.bouncedAt() == null ? "" : shown(r.bouncedAt()),
					r.unsubscribedAt() == null ? "" : shown(r.unsubscribedAt())))
			.toList();
		return Downloads.table("gavejai", text("mailing.recipients", locale), format,
				List.of(text("mailing.recipient.name", locale), text("mailing.recipient.email", locale),
						text("mailing.recipient.state", locale), text("mailing.recipient.skippedWhy", locale),
						text("mailing.counts.sent", locale), text("mailing.counts.bounced", locale),
						text("mailing.counts.unsubscribed", locale)),
				rows);
	}

	/** The mailing's page says why the action was refused. */
	private void refuse(ConflictException e, RedirectAttributes redirect) {
		redirect.addFlashAttribute("sendErrors",
				List.of(messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale())));
	}

	private String form(Model model) {
		model.addAttribute("segments", segments.list());
		model.addAttribute("mergeFields", MailingTexts.SHOWN_FIELDS);
		return "newsletters/form";
	}

	/** A time typed in Vilnius time (yyyy-MM-ddTHH:mm, as a datetime-local field sends it). */
	private static Instant time(String at) {
		if (at == null || at.isBlank()) {
			throw InvalidInputException.of("at", "mailing.error.noTime");
		}
		try {
			return LocalDateTime.parse(at.strip()).atZone(Formats.VILNIUS).toInstant();
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of("at", "mailing.error.time");
		}
	}

	private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm");

	private static String shown(Instant instant) {
		return SHOWN.format(instant.atZone(Formats.VILNIUS));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
