package lt.tinklas.growth.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.Markdown;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An invitation letter's text: the campaign's Markdown with the letter's merge fields filled in,
 * as the PDF that is mailed or printed (on the network's letterhead, with the register number, the
 * date, the application link and its code) and as the short mail that carries it.
 */
@Component
public class LetterTexts {

	/** The merge fields a letter's text may hold, each under its Lithuanian and English name. */
	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("adresatas", "addressee"),
			Map.entry("addressee", "addressee"), Map.entry("savivaldybe", "municipality"),
			Map.entry("municipality", "municipality"), Map.entry("nuoroda", "link"), Map.entry("link", "link"),
			Map.entry("kodas", "code"), Map.entry("code", "code"), Map.entry("numeris", "number"),
			Map.entry("number", "number"), Map.entry("data", "date"), Map.entry("date", "date"));

	/** The names shown to a writer. */
	public static final List<String> SHOWN_FIELDS = List.of("adresatas", "savivaldybe", "nuoroda", "kodas", "numeris",
			"data");

	private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*\\}\\}");

	private static final Pattern IMAGE = Pattern.compile("!\\[");

	private static final Locale LT = Locale.forLanguageTag("lt");

	private final Markdown markdown;
	private final Networks networks;
	private final ITemplateEngine templates;
	private final String baseUrl;

	LetterTexts(Markdown markdown, Networks networks, ITemplateEngine templates,
			@Value("${tinklas.base-url}") String baseUrl) {
		this.markdown = markdown;
		this.networks = networks;
		this.templates = templates;
		this.baseUrl = baseUrl;
	}

	/** What one letter says to whom: filled into the campaign's text. */
	public record Letter(String addressee, String municipalityName, String number, LocalDate sentOn, String code) {
	}

	/** The unknown merge fields and pictures of a text (a printed letter takes none), each refused at its field. */
	List<FieldError> problems(String field, String text) {
		List<FieldError> errors = new ArrayList<>();
		if (text == null) {
			return errors;
		}
		Set<String> unknown = new LinkedHashSet<>();
		Matcher found = FIELD.matcher(text);
		while (found.find()) {
			if (!FIELDS.containsKey(found.group(1).toLowerCase(Locale.ROOT))) {
				unknown.add(found.group(1));
			}
		}
		if (!unknown.isEmpty()) {
			errors.add(new FieldError(field, "campaign.error.mergeField",
					new Object[] { String.join(", ", unknown), "{{" + String.join("}}, {{", SHOWN_FIELDS) + "}}" }));
		}
		if (IMAGE.matcher(text).find()) {
			errors.add(new FieldError(field, "campaign.error.image", new Object[0]));
		}
		return errors;
	}

	/** The public application form's address with the letter's (or the campaign's) code. */
	public String applicationLink(String code) {
		return baseUrl + "/n/" + networks.slugOf(Tenancy.require()) + "/public/apply?invitation=" + code;
	}

	/** The text with the letter's fields filled in, still Markdown. */
	String fill(String text, Letter letter) {
		Map<String, String> values = Map.of("addressee", letter.addressee(), "municipality",
				letter.municipalityName() == null ? "" : letter.municipalityName(), "link",
				applicationLink(letter.code()), "code", letter.code(), "number", letter.number(), "date",
				new Formats().date(letter.sentOn()));
		Matcher found = FIELD.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (found.find()) {
			String field = FIELDS.get(found.group(1).toLowerCase(Locale.ROOT));
			found.appendReplacement(filled, Matcher.quoteReplacement(field == null ? found.group() : values.get(field)));
		}
		found.appendTail(filled);
		return filled.toString();
	}

	/** The letter as a PDF, in Lithuanian (the language the councils and NGOs are written to). */
	public byte[] pdf(String subject, String body, String signatory, Letter letter) {
		long networkId = Tenancy.require();
		NetworkLook look = networks.look(networkId);
		NetworkSettings settings = networks.settings(networkId);
		Context context = new Context(LT);
		context.setVariable("network", look.name(LT));
		context.setVariable("logo", look.logoDataUri());
		context.setVariable("colour", look.shownColour());
		context.setVariable("contacts", java.util.stream.Stream
			.of(settings.address(), settings.email(), settings.phone(), settings.website())
			.filter(part -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(" · ")));
		context.setVariable("letter", letter);
		context.setVariable("day", new Formats().date(letter.sentOn()));
		context.setVariable("subject", fill(subject, letter));
		context.setVariable("body", markdown.html(fill(body, letter), baseUrl));
		context.setVariable("signatory", signatory == null || signatory.isBlank() ? look.signerName() : signatory);
		context.setVariable("link", applicationLink(letter.code()));
		return PdfDocuments.fromXhtml(templates.process("growth/letter-pdf", context));
	}

	/** The network's name as its letters give it. */
	String networkName() {
		return networks.lookWithoutLogo(Tenancy.require()).name(LT);
	}

	/** The letter's PDF's file name: its register number, readable in any file system. */
	public static String fileName(String number) {
		return "Kvietimas " + number.replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
	}
}
