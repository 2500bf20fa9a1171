package lt.tinklas.growth.web;

import java.util.List;
import java.util.Locale;

import lt.tinklas.growth.application.Councils;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
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

/** The 60 municipal NGO councils, for the network's keepers: the list (by county, exported) and a council's contacts. */
@Controller
@RequestMapping("/n/{slug}/growth/councils")
@Keepers
class CouncilsController {

	private final Councils councils;
	private final Municipalities municipalities;
	private final MessageSource messages;

	CouncilsController(Councils councils, Municipalities municipalities, MessageSource messages) {
		this.councils = councils;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	record CouncilForm(String name, String email, String phone, String address, String note, Long version) {

		static CouncilForm of(Councils.CouncilView c) {
			return new CouncilForm(c.name(), c.email(), c.phone(), c.address(), c.note(), c.id() == null ? null : c.version());
		}

		Councils.CouncilData toData() {
			return new Councils.CouncilData(name, email, phone, address, note);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) String county, @RequestParam(defaultValue = "false") boolean missing,
			Model model) {
		String chosen = county != null && municipalities.counties().containsKey(county) ? county : null;
		model.addAttribute("councils", councils.all()
			.stream()
			.filter(c -> chosen == null || chosen.equals(c.countyIso()))
			.filter(c -> !missing || !c.completed())
			.toList());
		model.addAttribute("county", chosen);
		model.addAttribute("missing", missing);
		model.addAttribute("counties", municipalities.counties());
		return "growth/councils";
	}

	@GetMapping("/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format) {
		Locale locale = LocaleContextHolder.getLocale();
		List<List<Object>> rows = councils.all()
			.stream()
			.map(c -> List.<Object>of(c.municipalityName(), c.countyName(), c.name(), c.email() == null ? "" : c.email(),
					c.phone() == null ? "" : c.phone(), c.address() == null ? "" : c.address(),
					c.note() == null ? "" : c.note()))
			.toList();
		return Downloads.table("nvo-tarybos", text("councils.title", locale), format,
				List.of(text("map.municipality", locale), text("growth.county", locale),
						text("municipalCouncil.field.name", locale), text("municipalCouncil.field.email", locale),
						text("municipalCouncil.field.phone", locale), text("municipalCouncil.field.address", locale),
						text("municipalCouncil.field.note", locale)),
				rows);
	}

	@GetMapping("/{municipality}")
	String edit(@PathVariable String municipality, Model model) {
		Councils.CouncilView council = councils.of(municipality);
		model.addAttribute("council", council);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CouncilForm.of(council));
		}
		model.addAttribute("history", councils.history(municipality));
		return "growth/council";
	}

	@PostMapping("/{municipality}")
	String save(@PathVariable String slug, @PathVariable String municipality, @ModelAttribute("form") CouncilForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		FormFlow flow = FormFlow.of(binding, model, redirect);
		if (councils.of(municipality).id() != null) {
			flow.editing(form.version(), () -> councils.changedSince(municipality, form.version()),
					() -> councils.of(municipality).version());
		}
		return flow.save(() -> {
			councils.save(municipality, form.version(), form.toData());
			return "/n/" + slug + "/growth/councils";
		}, () -> edit(municipality, model));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
