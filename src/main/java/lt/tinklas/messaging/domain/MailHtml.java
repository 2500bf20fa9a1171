package lt.tinklas.messaging.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of a mail, made from its text so that both say the same: the text escaped, each
 * link a link, a paragraph for each block between blank lines, a line break for each other line,
 * and the mail's language on the page.
 */
final class MailHtml {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	/** Punctuation that ends the sentence a link stands in, not the link. */
	private static final Pattern AFTER_LINK = Pattern.compile("[.,;:!?)\\]'“”»]+$");

	private MailHtml() {
	}

	/** A network's mark on its mails: its name on a band of its colour, and a footer line. */
	record Brand(String name, String colour, String footer) {
	}

	static String of(String text, String subject, String language) {
		return of(text, subject, language, null);
	}

	static String of(String text, String subject, String language, Brand brand) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(language))
			.append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
			.append(escape(subject))
			.append("</title>\n</head>\n<body style=\"font-family: sans-serif; line-height: 1.5\">\n");
		if (brand != null) {
			html.append("<div style=\"background-color: ")
				.append(escape(brand.colour()))
				.append("; color: #ffffff; padding: 12px 16px; font-weight: bold; font-size: 18px\">")
				.append(escape(brand.name()))
				.append("</div>\n");
		}
		for (String paragraph : text.replace("\r\n", "\n").strip().split("\n[ \t]*\n\\s*")) {
			html.append("<p>");
			String[] lines = paragraph.split("\n");
			for (int i = 0; i < lines.length; i++) {
				html.append(i == 0 ? "" : "<br>\n").append(line(lines[i]));
			}
			html.append("</p>\n");
		}
		if (brand != null) {
			html.append("<p style=\"border-top: 3px solid ")
				.append(escape(brand.colour()))
				.append("; padding-top: 8px; color: #555555; font-size: 13px\">")
				.append(escape(brand.footer()))
				.append("</p>\n");
		}
		return html.append("</body>\n</html>\n").toString();
	}

	private static String line(String line) {
		StringBuilder html = new StringBuilder();
		Matcher link = LINK.matcher(line);
		int done = 0;
		while (link.find()) {
			String url = AFTER_LINK.matcher(link.group()).replaceFirst("");
			html.append(escape(line.substring(done, link.start())))
				.append("<a href=\"")
				.append(escape(url))
				.append("\">")
				.append(escape(url))
				.append("</a>");
			done = link.start() + url.length();
		}
		return html.append(escape(line.substring(done))).toString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
