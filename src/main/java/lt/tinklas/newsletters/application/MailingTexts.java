package lt.tinklas.newsletters.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.Markdown;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A mailing as each person reads it: the merge fields filled in with their name and organization,
 * the Markdown as the public site renders it (HTML typed into it shown as text, no script links),
 * in the network's look, with a footer giving the network's postal address and the unsubscribe
 * link; a plain-text part says the same. Merge fields are written {{vardas}} or {{first_name}};
 * an unknown one is refused before anything is sent.
 */
@Component
public class MailingTexts {

	private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	/** The merge fields, by every name they may be written with. */
	private static final Map<String, Function<Reader, String>> FIELDS = Map.of("vardas", Reader::firstName, "first_name",
			Reader::firstName, "pavarde", Reader::lastName, "last_name", Reader::lastName, "vardas_pavarde",
			r -> r.firstName() + " " + r.lastName(), "name", r -> r.firstName() + " " + r.lastName(), "organizacija",
			Reader::organization, "organization", Reader::organization);

	/** The names shown to a writer, one of each field. */
	public static final List<String> SHOWN_FIELDS = List.of("vardas", "pavarde", "vardas_pavarde", "organizacija");

	private final Markdown markdown;
	private final Networks networks;
	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final String baseUrl;

	MailingTexts(Markdown markdown, Networks networks, ITemplateEngine templates, MessageSource messages,
			@Value("${tinklas.base-url}") String baseUrl) {
		this.markdown = markdown;
		this.networks = networks;
		this.templates = templates;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** Who a text is filled in for. */
	public record Reader(String firstName, String lastName, String organization) {

		public Reader {
			firstName = firstName == null ? "" : firstName;
			lastName = lastName == null ? "" : lastName;
			organization = organization == null ? "" : organization;
		}
	}

	/** A mail as it goes out: subject, text part and HTML part. */
	public record Written(String subject, String text, String html) {
	}

	/** The unknown merge fields and pictures without alt text of a text, each refused at its field. */
	public List<FieldError> problems(String field, String text) {
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
			errors.add(new FieldError(field, "mailing.error.mergeField",
					new Object[] { String.join(", ", unknown), "{{" + String.join("}}, {{", SHOWN_FIELDS) + "}}" }));
		}
		List<String> withoutAlt = markdown.imagesWithoutAlt(text);
		if (!withoutAlt.isEmpty()) {
			errors.add(new FieldError(field, "mailing.error.imageAlt", new Object[] { String.join(", ", withoutAlt) }));
		}
		return errors;
	}

	/**
	 * The mail for one reader in {@code language}: {@code unsubscribeUrl} goes in its footer (null in
	 * the public archive, which has none), {@code archiveUrl} too when the mailing is public.
	 */
	public Written write(long networkId, String language, String subject, String body, Reader reader,
			String unsubscribeUrl, String archiveUrl) {
		return write(frame(networkId), language, subject, body, reader, unsubscribeUrl, archiveUrl);
	}

	/** What every mail of a network shows around its text: read once for a batch of mails. */
	public record Frame(NetworkLook look, String address) {
	}

	public Frame frame(long networkId) {
		return new Frame(networks.lookWithoutLogo(networkId), networks.settings(networkId).address());
	}

	public Written write(Frame frame, String language, String subject, String body, Reader reader,
			String unsubscribeUrl, String archiveUrl) {
		return write(frame, language, subject, body, reader, unsubscribeUrl, archiveUrl, false);
	}

	/**
	 * The mail, its HTML part as a whole document or, for a preview inside a page, as only the part
	 * a mail client shows in its window.
	 */
	public Written write(Frame frame, String language, String subject, String body, Reader reader,
			String unsubscribeUrl, String archiveUrl, boolean fragment) {
		Locale locale = Locale.forLanguageTag(language);
		NetworkLook look = frame.look();
		String address = frame.address();
		String filledSubject = fill(subject, reader, false);
		Context context = new Context(locale, Map.of("subject", filledSubject, "body",
				markdown.html(fill(body, reader, true), baseUrl), "lang", language, "networkName", look.name(language),
				"colour", look.shownColour(), "logo", look.hasLogo() ? baseUrl + look.logoPath() : "", "address",
				address == null ? "" : address, "unsubscribeUrl", unsubscribeUrl == null ? "" : unsubscribeUrl, "archiveUrl",
				archiveUrl == null ? "" : archiveUrl));
		String html = fragment ? templates.process("newsletters/mail", Set.of("mail"), context)
				: templates.process("newsletters/mail", context);
		StringBuilder text = new StringBuilder(fill(body, reader, false).strip()).append("\n\n-- \n")
			.append(look.name(language));
		if (address != null && !address.isBlank()) {
			text.append("\n").append(address);
		}
		if (archiveUrl != null) {
			text.append("\n").append(messages.getMessage("mailing.mail.archive", new Object[] { archiveUrl }, locale));
		}
		if (unsubscribeUrl != null) {
			text.append("\n").append(messages.getMessage("mailing.mail.unsubscribe", new Object[] { unsubscribeUrl }, locale));
		}
		return new Written(filledSubject, text.append("\n").toString(), html);
	}

	/** The body's HTML for the public archive: merge fields read as a word that fits any reader. */
	public String archiveHtml(String body, String language) {
		return markdown.html(fill(body, archiveReader(language), true), baseUrl);
	}

	public String archiveSubject(String subject, String language) {
		return fill(subject, archiveReader(language), false);
	}

	private Reader archiveReader(String language) {
		Locale locale = Locale.forLanguageTag(language);
		return new Reader(messages.getMessage("mailing.archive.reader", null, locale), "",
				messages.getMessage("mailing.archive.organization", null, locale));
	}

	private static String fill(String text, Reader reader, boolean forMarkdown) {
		Matcher found = FIELD.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (found.find()) {
			Function<Reader, String> value = FIELDS.get(found.group(1).toLowerCase(Locale.ROOT));
			String replacement = value == null ? found.group() : value.apply(reader).strip();
			found.appendReplacement(filled, Matcher.quoteReplacement(forMarkdown ? escaped(replacement) : replacement));
		}
		return found.appendTail(filled).toString();
	}

	/** A name put into Markdown reads as written: its punctuation does not format. */
	private static String escaped(String value) {
		return value.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
	}
}
