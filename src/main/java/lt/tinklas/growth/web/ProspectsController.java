package lt.tinklas.growth.web;

import java.util.List;
import java.util.Locale;

import lt.tinklas.growth.application.Prospects;
import lt.tinklas.growth.application.Prospects.ProspectFilter;
import lt.tinklas.growth.application.Standing;
import lt.tinklas.growth.domain.ProspectSource;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The prospects, for the network's keepers: the list (filtered, exported), a prospect's form, its page and deleting one. */
@Controller
@RequestMapping("/n/{slug}/growth/prospects")
@Keepers
class ProspectsController {

	private final Prospects prospects;
	private final Municipalities municipalities;
	private final MessageSource messages;

	ProspectsController(Prospects prospects, Municipalities municipalities, MessageSource messages) {
		this.prospects = prospects;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	/** A prospect's form as typed. */
	record ProspectForm(String legalCode, String name, String municipality, String formName, String email,
			String address, ProspectSource source, String note, Long version) {

		static ProspectForm of(Prospects.ProspectView p) {
			return new ProspectForm(p.legalCode(), p.name(), p.municipality(), p.formName(), p.email(), p.address(),
					p.source(), p.note(), p.version());
		}

		Prospects.ProspectData toData() {
			return new Prospects.ProspectData(legalCode, name, municipality, formName, email, address, source, note);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String county,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) ProspectSource source,
			@RequestParam(required = false) Standing standing, Model model) {
		ProspectFilter filter = new ProspectFilter(q, county, municipality, source, standing);
		model.addAttribute("filter", filter);
		model.addAttribute("prospects", prospects.list(filter));
		model.addAttribute("sources", ProspectSource.values());
		model.addAttribute("standings", Standing.values());
		model.addAttribute("counties", municipalities.counties());
		model.addAttribute("municipalityList", municipalities.all());
		return "growth/prospects";
	}

	@GetMapping("/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String county, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) ProspectSource source, @RequestParam(required = false) Standing standing) {
		Locale locale = LocaleContextHolder.getLocale();
		Formats formats = new Formats();
		List<List<Object>> rows = prospects.list(new ProspectFilter(q, county, municipality, source, standing))
			.stream()
			.map(p -> List.<Object>of(p.legalCode(), p.name(), municipalities.name(p.municipality()),
					p.formName() == null ? "" : p.formName(), p.email() == null ? "" : p.email(),
					text("prospectSource." + p.source(), locale), text("growth.standing." + p.standing(), locale),
					p.letters(), p.lastLetterOn() == null ? "" : formats.date(p.lastLetterOn()), formats.date(p.addedOn())))
			.toList();
		return Downloads.table("potencialus-nariai", text("prospects.title", locale), format,
				List.of(text("prospect.field.legalCode", locale), text("prospect.field.name", locale),
						text("prospect.field.municipality", locale), text("prospect.field.formName", locale),
						text("prospect.field.email", locale), text("prospect.field.source", locale),
						text("growth.standing", locale), text("prospects.letters", locale),
						text("prospects.lastLetterOn", locale), text("prospect.field.addedOn", locale)),
				rows);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new ProspectForm(null, null, null, null, null, null, ProspectSource.RECOMMENDATION, null, null));
		}
		return form(model);
	}

	@PostMapping
	String create(@PathVariable String slug, @ModelAttribute("form") ProspectForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> "/n/" + slug + "/growth/prospects/" + prospects.create(form.toData()).id(), () -> form(model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Prospects.ProspectView prospect = prospects.get(id);
		model.addAttribute("prospect", prospect);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProspectForm.of(prospect));
		}
		model.addAttribute("history", prospects.history(id));
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") ProspectForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> prospects.changedSince(id, form.version()), () -> prospects.get(id).version())
			.save(() -> {
				prospects.update(id, form.version(), form.toData());
				return "/n/" + slug + "/growth/prospects/" + id;
			}, () -> show(id, model));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		try {
			prospects.delete(id);
			redirect.addFlashAttribute("saved", "prospect.deleted");
			return "redirect:/n/" + slug + "/growth/prospects";
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("refused",
					messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
			return "redirect:/n/" + slug + "/growth/prospects/" + id;
		}
	}

	private String form(Model model) {
		model.addAttribute("sources", ProspectSource.values());
		model.addAttribute("counties", municipalities.counties());
		model.addAttribute("municipalityList", municipalities.all());
		return "growth/prospect";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
