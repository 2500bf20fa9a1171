package lt.tinklas.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.personal.ProcessingDeclaration;
import lt.tinklas.shared.personal.ProcessingRecord;
import lt.tinklas.shared.security.PlatformAdmins;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.Formats;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The register of processing (GDPR Article 30) for the platform admin: every module's declared
 * activities, on a page and as a PDF, in the reader's language.
 */
@Controller
@PlatformAdmins
class ProcessingRegisterController {

	private final List<ProcessingDeclaration> declarations;
	private final ITemplateEngine templates;
	private final Formats formats = new Formats();

	ProcessingRegisterController(List<ProcessingDeclaration> declarations, ITemplateEngine templates) {
		this.declarations = declarations;
		this.templates = templates;
	}

	@GetMapping("/admin/processing")
	String register(Model model) {
		model.addAttribute("activities", activities());
		return "people/processing";
	}

	@GetMapping("/admin/processing.pdf")
	ResponseEntity<byte[]> pdf(Locale locale) {
		Context context = new Context(locale);
		context.setVariable("activities", activities());
		context.setVariable("madeOn", formats.date(LocalDate.now(Formats.VILNIUS)));
		byte[] pdf = PdfDocuments.fromXhtml(templates.process("people/processing-pdf", context));
		return Downloads.file("processing-register.pdf", MediaType.APPLICATION_PDF, pdf);
	}

	private List<ProcessingRecord> activities() {
		return declarations.stream().flatMap(d -> d.processing().stream()).toList();
	}
}
