package lt.tinklas.organizations.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.organizations.OrganizationImport;
import lt.tinklas.organizations.RegisterCheck;
import lt.tinklas.organizations.application.MemberListAccess;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.sheets.TableFiles;
import lt.tinklas.shared.sheets.SpreadsheetLimits;
import lt.tinklas.shared.sheets.UnreadableFileException;
import lt.tinklas.shared.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Organizations in and out of spreadsheets: the import with its row report, the template, the export. */
@Controller
class OrganizationTransferController {

	private final Organizations organizations;
	private final OrganizationImport imports;
	private final RegisterCheck register;
	private final Municipalities municipalities;
	private final MemberListAccess access;
	private final SpreadsheetLimits limits;

	OrganizationTransferController(Organizations organizations, OrganizationImport imports,
			RegisterCheck register, Municipalities municipalities, MemberListAccess access, SpreadsheetLimits limits) {
		this.limits = limits;
		this.organizations = organizations;
		this.imports = imports;
		this.register = register;
		this.municipalities = municipalities;
		this.access = access;
	}

	@GetMapping("/n/{slug}/organizations/register")
	@Keepers
	String registerPage() {
		return "organizations/register";
	}

	@PostMapping("/n/{slug}/organizations/register")
	@Keepers
	String registerCheck(@RequestParam(required = false) MultipartFile current,
			@RequestParam(required = false) MultipartFile ended, Model model) throws IOException {
		boolean none = (current == null || current.isEmpty()) && (ended == null || ended.isEmpty());
		if (none) {
			model.addAttribute("fileError", "file.error.none");
			return "organizations/register";
		}
		try {
			model.addAttribute("result", register.check(current == null || current.isEmpty() ? null : current.getBytes(),
					ended == null || ended.isEmpty() ? null : ended.getBytes()));
		}
		catch (UnreadableFileException e) {
			model.addAttribute("fileError", e.messageKey());
		}
		return "organizations/register";
	}

	@GetMapping("/n/{slug}/organizations/import")
	@Keepers
	String page(Model model) {
		model.addAttribute("columns", OrganizationImport.COLUMNS);
		return "organizations/import";
	}

	@PostMapping("/n/{slug}/organizations/import")
	@Keepers
	String upload(@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
		model.addAttribute("columns", OrganizationImport.COLUMNS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "file.error.none");
			return "organizations/import";
		}
		try {
			model.addAttribute("result", imports.run(TableFiles.read(file.getBytes(), file.getOriginalFilename(), limits), locale));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (UnreadableFileException e) {
			model.addAttribute("fileError", e.messageKey());
		}
		return "organizations/import";
	}

	@GetMapping("/n/{slug}/organizations/import/template.{format}")
	@Keepers
	ResponseEntity<byte[]> template(@PathVariable String format, Locale locale) {
		List<List<Object>> example = List.of(List.of("110003978", "Asociacija „Pavyzdys“", "Pavyzdys",
				imports.label(LegalForm.ASSOCIATION, locale), LocalDate.of(2010, 5, 4), LocalDate.of(2011, 1, 1), "",
				municipalities.name("LT-41"), municipalities.name("LT-41") + ";" + municipalities.name("LT-19"),
				imports.label(TargetGroup.SENIORS, locale) + ";" + imports.label(TargetGroup.YOUTH, locale),
				"Konsultacijos;Dienos centras", "https://pavyzdys.lt", "info@pavyzdys.lt", "+37060000000",
				"Gatvės g. 1, Šilutė", 5, 12, LocalDate.of(2020, 3, 1)));
		return file("organizaciju-sablonas", format, OrganizationImport.COLUMNS, example);
	}

	@ReadsFromReplica
	@GetMapping("/n/{slug}/organizations/export.{format}")
	@Readers
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String county, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) TargetGroup targetGroup,
			@RequestParam(required = false) MembershipStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Locale locale) {
		// in the list's order: a key the list does not know is its usual order, as on the list
		OrganizationFilter filter = new OrganizationFilter(q, county, municipality, targetGroup, status, asOf, sort,
				"desc".equals(dir));
		List<OrganizationView> all = organizations.all(filter);
		List<String> headers = new ArrayList<>(OrganizationImport.COLUMNS);
		headers.add("membershipStatus");
		List<List<Object>> rows = all.stream()
			// choices by their labels and municipalities by their names, as a person reads them and the import takes them back
			.map(o -> Arrays.<Object>asList(o.legalCode(), o.name(), o.shortName(),
					imports.label(o.legalForm(), locale), o.foundedOn(), o.ngoStatusSince(), o.ngoStatusUntil(),
					o.seatMunicipality() == null ? null : municipalities.name(o.seatMunicipality()),
					String.join(";", o.municipalities().stream().map(municipalities::name).toList()),
					String.join(";", o.targetGroups().stream().map(group -> imports.label(group, locale)).toList()),
					String.join(";", o.services()), o.website(), o.email(), o.phone(), o.address(), o.staffCount(),
					o.volunteerCount(), o.memberSince(), imports.label(o.membershipStatus(), locale)))
			.toList();
		ResponseEntity<byte[]> file = file("organizacijos", format, headers, rows);
		access.record(filter, rows.size());
		return file;
	}

	private static ResponseEntity<byte[]> file(String name, String format, List<String> headers,
			List<List<Object>> rows) {
		return Downloads.table(name, "Organizacijos", format, headers, rows);
	}
}
