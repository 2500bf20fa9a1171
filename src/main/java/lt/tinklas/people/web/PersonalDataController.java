package lt.tinklas.people.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.people.application.PersonalDataExport;
import lt.tinklas.people.application.PersonalDataFiles;
import lt.tinklas.people.application.PersonalDataRequests;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.NetworkContext;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's data on request, for the network's staff: the export as JSON or PDF, and the erasure
 * after a question that shows what will go and what stays.
 */
@Controller
@RequestMapping("/n/{slug}/people/{id}")
class PersonalDataController {

	private final PersonalDataRequests requests;
	private final PersonalDataFiles files;
	private final People people;

	PersonalDataController(PersonalDataRequests requests, PersonalDataFiles files, People people) {
		this.requests = requests;
		this.files = files;
		this.people = people;
	}

	@GetMapping("/export.json")
	@Keepers
	ResponseEntity<byte[]> json(@PathVariable long id, HttpServletRequest request) {
		PersonalDataExport export = requests.export(id);
		return Downloads.file(PersonalDataFiles.fileName(export, "json"), MediaType.APPLICATION_JSON,
				files.json(export, NetworkContext.of(request).name()));
	}

	@GetMapping("/export.pdf")
	@Keepers
	ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request) {
		PersonalDataExport export = requests.export(id);
		return Downloads.file(PersonalDataFiles.fileName(export, "pdf"), MediaType.APPLICATION_PDF,
				files.pdf(export, NetworkContext.of(request).name()));
	}

	/** The form of an erasure: the reference of the person's request (a letter's number, a date). */
	record ErasureForm(String reference) {
	}

	@GetMapping("/erasure")
	@Keepers
	String question(@PathVariable long id, Model model) {
		PersonView person = people.get(id);
		model.addAttribute("person", person);
		model.addAttribute("effects", person.erased() ? List.of() : requests.erasureEffects(id));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ErasureForm(""));
		}
		return "people/erasure";
	}

	@PostMapping("/erasure")
	@Keepers
	String erase(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") ErasureForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			return FormFlow.of(binding, model, redirect).saying("personalData.erased").save(() -> {
				requests.erase(id, form.reference());
				return "/n/" + slug + "/people/" + id;
			}, () -> question(id, model));
		}
		catch (ConflictException e) {
			binding.reject(e.messageKey());
			return question(id, model);
		}
	}
}
