package lt.tinklas.growth.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lt.tinklas.growth.application.Campaigns;
import lt.tinklas.growth.application.Councils;
import lt.tinklas.growth.application.LetterTexts;
import lt.tinklas.growth.application.Prospects;
import lt.tinklas.growth.domain.Delivery;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Invitation campaigns, for the network's keepers: the list with each one's figures, a campaign's
 * form, its page (figures by municipality, letters, sending more letters, replies, reminders), and
 * each letter's PDF.
 */
@Controller
@RequestMapping("/n/{slug}/growth/campaigns")
@Keepers
class CampaignsController {

	private final Campaigns campaigns;
	private final Councils councils;
	private final Prospects prospects;
	private final Municipalities municipalities;
	private final MessageSource messages;

	CampaignsController(Campaigns campaigns, Councils councils, Prospects prospects, Municipalities municipalities,
			MessageSource messages) {
		this.campaigns = campaigns;
		this.councils = councils;
		this.prospects = prospects;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	/** A campaign's form as typed; the reminder's weeks as text, refused when not a number. */
	record CampaignForm(String name, String subject, String body, String signatory, String reminderWeeks, Long version) {

		static CampaignForm of(Campaigns.CampaignView c) {
			return new CampaignForm(c.name(), c.subject(), c.body(), c.signatory(),
					c.reminderWeeks() == null ? null : String.valueOf(c.reminderWeeks()), c.version());
		}

		Campaigns.CampaignData toData() {
			Integer weeks = null;
			if (reminderWeeks != null && !reminderWeeks.isBlank()) {
				if (!reminderWeeks.strip().matches("\\d{1,3}")) {
					throw InvalidInputException.of("reminderWeeks", "campaign.error.reminderWeeks");
				}
				weeks = Integer.valueOf(reminderWeeks.strip());
			}
			return new Campaigns.CampaignData(name, subject, body, signatory, weeks);
		}
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("campaigns", campaigns.list());
		return "growth/campaigns";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!model.containsAttribute("form")) {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("form", new CampaignForm(null, text("campaign.example.subject", locale),
					text("campaign.example.body", locale), null, "4", null));
		}
		return form(model);
	}

	@PostMapping
	String create(@PathVariable String slug, @ModelAttribute("form") CampaignForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> "/n/" + slug + "/growth/campaigns/" + campaigns.create(form.toData()).id(), () -> form(model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("detail", campaigns.detail(id));
		model.addAttribute("history", campaigns.history(id));
		model.addAttribute("councilList", councils.all());
		model.addAttribute("prospectList", prospects.list(null)
			.stream()
			.filter(p -> !p.standing().inNetwork())
			.toList());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("today", LocalDate.now(Formats.VILNIUS));
		return "growth/campaign";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Campaigns.CampaignView campaign = campaigns.get(id);
		model.addAttribute("campaign", campaign);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CampaignForm.of(campaign));
		}
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") CampaignForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> campaigns.changedSince(id, form.version()), () -> campaigns.get(id).version())
			.save(() -> {
				campaigns.update(id, form.version(), form.toData());
				return "/n/" + slug + "/growth/campaigns/" + id;
			}, () -> edit(id, model));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		try {
			campaigns.delete(id);
			redirect.addFlashAttribute("saved", "campaign.deleted");
			return "redirect:/n/" + slug + "/growth/campaigns";
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("refusals",
					List.of(messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale())));
			return "redirect:/n/" + slug + "/growth/campaigns/" + id;
		}
	}

	/** Sends the letters to the chosen councils and prospects; refused whole, the reasons and the choice kept. */
	@PostMapping("/{id}/letters")
	String send(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "councils", required = false) List<String> chosenCouncils,
			@RequestParam(name = "prospects", required = false) List<String> chosenProspects,
			@RequestParam(required = false) Delivery delivery, @RequestParam(required = false) String sentOn,
			RedirectAttributes redirect) {
		try {
			List<Long> ids = new ArrayList<>();
			for (String p : chosenProspects == null ? List.<String>of() : chosenProspects) {
				if (p != null && p.strip().matches("\\d{1,18}")) {
					ids.add(Long.valueOf(p.strip()));
				}
			}
			List<Campaigns.LetterView> sent = campaigns.send(id, new Campaigns.LetterOrder(
					chosenCouncils == null ? List.of() : chosenCouncils, ids, delivery, day(sentOn)));
			redirect.addFlashAttribute("sentCount", sent.size());
			redirect.addFlashAttribute("saved", "letter.sent");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("refusals", messagesOf(e));
			redirect.addFlashAttribute("chosenCouncils", chosenCouncils == null ? List.of() : chosenCouncils);
			redirect.addFlashAttribute("chosenProspects", chosenProspects == null ? List.of() : chosenProspects);
			redirect.addFlashAttribute("typedSentOn", sentOn);
		}
		return "redirect:/n/" + slug + "/growth/campaigns/" + id + "#send";
	}

	@GetMapping("/{id}/letters/{letterId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long letterId) {
		Campaigns.LetterView letter = campaigns.letter(letterId);
		if (letter.campaignId() != id) {
			throw new NotFoundException("Letter");
		}
		return Downloads.file(LetterTexts.fileName(letter.number()), MediaType.APPLICATION_PDF, campaigns.pdf(letterId));
	}

	@PostMapping("/{id}/letters/{letterId}/reply")
	String reply(@PathVariable String slug, @PathVariable long id, @PathVariable long letterId,
			@RequestParam(required = false) String replyOn, @RequestParam(required = false) String replyNote,
			@RequestParam(required = false) String version, RedirectAttributes redirect) {
		try {
			if (campaigns.letter(letterId).campaignId() != id) {
				throw new NotFoundException("Letter");
			}
			if (version == null || !version.strip().matches("\\d{1,18}")) {
				throw InvalidInputException.of("version", "common.error.versionRequired");
			}
			campaigns.noteReply(letterId, Long.parseLong(version.strip()), day(replyOn), replyNote);
			redirect.addFlashAttribute("saved", "letter.replyNoted");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("refusals", messagesOf(e));
		}
		catch (StaleEditException e) {
			redirect.addFlashAttribute("refusals",
					List.of(messages.getMessage("letter.error.stale", null, LocaleContextHolder.getLocale())));
		}
		return "redirect:/n/" + slug + "/growth/campaigns/" + id + "#letters";
	}

	@PostMapping("/{id}/reminders")
	String remind(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		campaigns.get(id);
		redirect.addFlashAttribute("remindedCount", campaigns.remindDue(id));
		redirect.addFlashAttribute("saved", "letter.reminded");
		return "redirect:/n/" + slug + "/growth/campaigns/" + id;
	}

	@GetMapping("/{id}/letters.{format}")
	ResponseEntity<byte[]> exportLetters(@PathVariable long id, @PathVariable String format) {
		Locale locale = LocaleContextHolder.getLocale();
		Formats formats = new Formats();
		List<List<Object>> rows = campaigns.letters(id)
			.stream()
			.map(l -> List.<Object>of(l.number(), formats.date(l.sentOn()), l.addressee(),
					municipalities.name(l.municipality()), text("delivery." + l.delivery(), locale),
					l.email() == null ? "" : l.email(), l.code(), l.replyOn() == null ? "" : formats.date(l.replyOn()),
					l.replyNote() == null ? "" : l.replyNote(), l.remindedOn() == null ? "" : formats.date(l.remindedOn()),
					l.appliedOn() == null ? "" : formats.date(l.appliedOn()),
					text(l.accepted() ? "common.yes" : "common.no", locale)))
			.toList();
		return Downloads.table("kvietimai", text("campaign.letters", locale), format,
				List.of(text("invitationLetter.field.number", locale), text("invitationLetter.field.sentOn", locale),
						text("invitationLetter.field.addressee", locale), text("invitationLetter.field.municipality", locale),
						text("invitationLetter.field.delivery", locale), text("invitationLetter.field.email", locale),
						text("invitationLetter.field.code", locale), text("invitationLetter.field.replyOn", locale),
						text("invitationLetter.field.replyNote", locale), text("invitationLetter.field.remindedOn", locale),
						text("letter.appliedOn", locale), text("letter.accepted", locale)),
				rows);
	}

	private String form(Model model) {
		model.addAttribute("mergeFields", LetterTexts.SHOWN_FIELDS);
		return "growth/campaign-form";
	}

	private List<String> messagesOf(InvalidInputException e) {
		return e.errors()
			.stream()
			.map(error -> messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()))
			.toList();
	}

	/** A day as a date field sends it; empty is none, anything else is refused at the field. */
	private static LocalDate day(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of("sentOn", "letter.error.date");
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
