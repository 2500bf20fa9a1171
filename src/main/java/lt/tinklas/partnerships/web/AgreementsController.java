package lt.tinklas.partnerships.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.organizations.Municipalities;
import lt.tinklas.partnerships.AgreementStatus;
import lt.tinklas.partnerships.MunicipalAgreements;
import lt.tinklas.partnerships.MunicipalAnalyses;
import lt.tinklas.partnerships.application.AgreementMap;
import lt.tinklas.partnerships.application.AgreementView;
import lt.tinklas.partnerships.application.StoredFile;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cooperation agreements with municipalities: the list (by status and county, with exports), the
 * map, the form, an agreement's page with its document and history, and the analyses and plans.
 */
@Controller
@RequestMapping("/n/{slug}/municipal-agreements")
class AgreementsController {

	private final MunicipalAgreements agreements;
	private final MunicipalAnalyses analyses;
	private final AgreementMap map;
	private final Municipalities municipalities;
	private final MessageSource messages;

	AgreementsController(MunicipalAgreements agreements, MunicipalAnalyses analyses, AgreementMap map,
			Municipalities municipalities, MessageSource messages) {
		this.agreements = agreements;
		this.analyses = analyses;
		this.map = map;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping
	@Readers
	String list(@RequestParam(required = false) AgreementStatus status, @RequestParam(required = false) String county,
			Model model) {
		model.addAttribute("agreements", agreements.list(status, county));
		model.addAttribute("status", status);
		model.addAttribute("county", county);
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("counties", municipalities.counties());
		model.addAttribute("today", LocalDate.now(Formats.VILNIUS));
		return "partnerships/list";
	}

	@ReadsFromReplica
	@GetMapping("/export.{format}")
	@Readers
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) AgreementStatus status,
			@RequestParam(required = false) String county) {
		List<String> headers = Arrays.asList(text("municipalAgreement.field.municipalityCode"), text("partnerships.county"),
				text("municipalAgreement.field.status"), text("municipalAgreement.field.signedOn"),
				text("municipalAgreement.field.validUntil"), text("municipalAgreement.field.signatories"),
				text("municipalAgreement.field.scope"));
		List<List<Object>> rows = agreements.list(status, county)
			.stream()
			.map(a -> Arrays.<Object>asList(a.municipalityName(), a.countyName(), text("agreementStatus." + a.status()),
					a.signedOn(), a.validUntil(), a.signatories(), a.scope()))
			.toList();
		return Downloads.table("sutartys-su-savivaldybemis", text("partnerships.title"), format, headers, rows);
	}

	@GetMapping("/map")
	@Readers
	String map(@RequestParam(required = false) String on, Model model) {
		LocalDate day = LocalDate.now(Formats.VILNIUS);
		if (on != null && !on.isBlank()) {
			try {
				day = LocalDate.parse(on.strip());
			}
			catch (DateTimeParseException e) {
				model.addAttribute("onError", text("typeMismatch"));
			}
		}
		model.addAttribute("on", day);
		model.addAttribute("map", map.on(day, LocaleContextHolder.getLocale()));
		return "partnerships/map";
	}

	@GetMapping("/new")
	@Keepers
	String newAgreement(@RequestParam(required = false) String municipality, Model model) {
		model.addAttribute("form", AgreementForm.empty(municipality));
		return form(model);
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @ModelAttribute("form") AgreementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				AgreementView created = agreements.create(form.toData());
				return "/n/" + slug + "/municipal-agreements/" + created.id();
			}, () -> form(model));
	}

	@GetMapping("/{id}")
	@Readers
	String show(@PathVariable long id, Model model) {
		AgreementView agreement = agreements.get(id);
		model.addAttribute("agreement", agreement);
		model.addAttribute("today", LocalDate.now(Formats.VILNIUS));
		model.addAttribute("others", agreements.ofMunicipality(agreement.municipality())
			.stream()
			.filter(a -> a.id() != id)
			.toList());
		model.addAttribute("analyses", analyses.ofMunicipality(agreement.municipality()));
		model.addAttribute("history", agreements.history(id));
		return "partnerships/agreement";
	}

	@GetMapping("/{id}/edit")
	@Keepers
	String edit(@PathVariable long id, Model model) {
		AgreementView agreement = agreements.get(id);
		model.addAttribute("agreement", agreement);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgreementForm.of(agreement));
		}
		return form(model);
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") AgreementForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> agreements.changedSince(id, form.version()),
					() -> agreements.get(id).version())
			.save(() -> {
				agreements.update(id, form.version(), form.toData());
				return "/n/" + slug + "/municipal-agreements/" + id;
			}, () -> edit(id, model));
	}

	@PostMapping("/{id}/delete")
	@Keepers
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		agreements.delete(id);
		redirect.addFlashAttribute("saved", "partnerships.deleted");
		return "redirect:/n/" + slug + "/municipal-agreements";
	}

	@PostMapping("/{id}/document")
	@Keepers
	String upload(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) MultipartFile document, RedirectAttributes redirect) throws IOException {
		agreements.get(id);
		try {
			agreements.keepDocument(id, document == null ? null : document.getOriginalFilename(),
					document == null ? null : document.getBytes());
			redirect.addFlashAttribute("saved", "partnerships.documentSaved");
		}
		catch (InvalidInputException e) {
			var error = e.errors().get(0);
			redirect.addFlashAttribute("documentError", messages.getMessage(error.messageKey(), error.arguments(),
					LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("flashError", "form.hasErrors");
		}
		return "redirect:/n/" + slug + "/municipal-agreements/" + id + "#document";
	}

	@GetMapping("/{id}/document")
	@Readers
	ResponseEntity<byte[]> document(@PathVariable long id) {
		return download(agreements.document(id).orElseThrow(() -> new NotFoundException("Document")));
	}

	// analyses and plans

	@GetMapping("/analyses")
	@Readers
	String analyses(Model model) {
		model.addAttribute("analyses", analyses.list());
		model.addAttribute("municipalityList", municipalities.all());
		return "partnerships/analyses";
	}

	@PostMapping("/analyses")
	@Keepers
	String addAnalysis(@PathVariable String slug, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String title, @RequestParam(required = false) String madeOn,
			@RequestParam(required = false) String presentedTo, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			LocalDate day = null;
			if (madeOn != null && !madeOn.isBlank()) {
				try {
					day = LocalDate.parse(madeOn.strip());
				}
				catch (DateTimeParseException e) {
					throw InvalidInputException.of("madeOn", "typeMismatch");
				}
			}
			analyses.create(municipality, title, day, presentedTo, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			redirect.addFlashAttribute("saved", "partnerships.analysisAdded");
			return "redirect:/n/" + slug + "/municipal-agreements/analyses";
		}
		catch (InvalidInputException e) {
			Map<String, String> byField = new LinkedHashMap<>();
			e.errors().forEach(error -> byField.merge(error.field(), messages.getMessage(error.messageKey(),
					error.arguments(), LocaleContextHolder.getLocale()), (a, b) -> a + " " + b));
			model.addAttribute("fieldErrors", byField);
			model.addAttribute("typed", Map.of("municipality", value(municipality), "title", value(title), "madeOn",
					value(madeOn), "presentedTo", value(presentedTo)));
			return analyses(model);
		}
	}

	@GetMapping("/analyses/{id}/file")
	@Readers
	ResponseEntity<byte[]> analysisFile(@PathVariable long id) {
		return download(analyses.file(id).orElseThrow(() -> new NotFoundException("File")));
	}

	private String form(Model model) {
		model.addAttribute("municipalityList", municipalities.all());
		model.addAttribute("statuses", AgreementStatus.values());
		return "partnerships/form";
	}

	private static ResponseEntity<byte[]> download(StoredFile file) {
		return Downloads.file(file.fileName(), MediaType.parseMediaType(file.contentType()), file.content());
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
