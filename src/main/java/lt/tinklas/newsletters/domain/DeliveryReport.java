package lt.tinklas.newsletters.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One failed or delayed delivery of a newsletter mail, read from a delivery status notification
 * (RFC 3464: {@code multipart/report; report-type=delivery-status}). {@code token} is the
 * {@code +token} of the address the report came back to ({@code bounces+<token>@example.lt}),
 * null when no header names it; {@code recipient} the failed address in lower case, null when the
 * report names none; {@code status} the enhanced status code ({@code 5.1.1}); {@code hard} when the
 * action is {@code failed} with a status of class 5 (a delay, or any class 4 status, is soft);
 * {@code diagnostic} the remote server's answer without its type ({@code smtp;}), at most 1000
 * characters, null when absent.
 */
public record DeliveryReport(String token, String recipient, String status, boolean hard, String diagnostic) {

	private static final Logger log = LoggerFactory.getLogger(DeliveryReport.class);

	/** The headers that carry the envelope recipient, in the order they are trusted; {@code To} last. */
	private static final List<String> ADDRESSED_TO = List.of("Delivered-To", "X-Original-To", "Envelope-To",
			"X-Envelope-To", "X-Original-Recipient", "Original-Recipient", "X-Rcpt-To", "To");
	private static final Pattern STATUS = Pattern.compile("([245])\\.\\d{1,3}\\.\\d{1,3}");
	private static final int MAX_DIAGNOSTIC = 1000;
	/** A delivery-status part is a few hundred bytes; more than this is not read. */
	private static final int MAX_STATUS_BYTES = 64 * 1024;
	private static final int MAX_DEPTH = 3;

	/**
	 * The report in the message, or empty when the message is not a delivery status notification, reports
	 * only successful deliveries, or cannot be read. Never throws.
	 */
	public static Optional<DeliveryReport> of(Message message, String bounceAddress) {
		try {
			ContentType type = new ContentType(message.getContentType());
			String reportType = type.getParameter("report-type");
			if (!type.match("multipart/report") || reportType == null
					|| !reportType.trim().toLowerCase(Locale.ROOT).matches("(global-)?delivery-status")) {
				return Optional.empty();
			}
			Part status = statusPart(new MimeMultipart(message.getDataHandler().getDataSource()), 0);
			if (status == null) {
				return Optional.empty();
			}
			Optional<Map<String, String>> undelivered = firstUndelivered(groups(read(status)));
			if (undelivered.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(report(undelivered.get(), token(message, bounceAddress)));
		}
		catch (Exception e) {
			log.debug("A mail that cannot be read as a delivery report: {}", e.toString());
			return Optional.empty();
		}
	}

	/** The {@code message/delivery-status} part, looked for in nested multiparts too (a few deep); null when none. */
	private static Part statusPart(Multipart parts, int depth) throws MessagingException {
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
				return part;
			}
			if (depth < MAX_DEPTH && part.isMimeType("multipart/*")) {
				Part found = statusPart(new MimeMultipart(part.getDataHandler().getDataSource()), depth + 1);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The part's bytes with the transfer encoding undone, whatever content handler the mail library has. */
	private static String read(Part part) throws IOException, MessagingException {
		try (InputStream in = part.getInputStream()) {
			return new String(in.readNBytes(MAX_STATUS_BYTES), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The field groups, separated by blank lines; field names in lower case, the first of a name kept, a
	 * folded field unfolded into one line.
	 */
	static List<Map<String, String>> groups(String text) {
		List<Map<String, String>> groups = new ArrayList<>();
		Map<String, String> group = new LinkedHashMap<>();
		String last = null;
		for (String line : text.split("\r\n|\r|\n", -1)) {
			if (line.isBlank()) {
				if (!group.isEmpty()) {
					groups.add(group);
					group = new LinkedHashMap<>();
				}
				last = null;
			}
			else if (Character.isWhitespace(line.charAt(0))) {
				if (last != null) {
					group.put(last, group.get(last) + " " + line.trim());
				}
			}
			else {
				int colon = line.indexOf(':');
				String name = colon > 0 ? line.substring(0, colon).trim().toLowerCase(Locale.ROOT) : null;
				last = name == null || group.containsKey(name) ? null : name;
				if (last != null) {
					group.put(last, line.substring(colon + 1).trim());
				}
			}
		}
		if (!group.isEmpty()) {
			groups.add(group);
		}
		return groups;
	}

	/** The first recipient group whose action is failed or delayed and that has a status code. */
	private static Optional<Map<String, String>> firstUndelivered(List<Map<String, String>> groups) {
		return groups.stream()
			.filter(group -> group.containsKey("action") && STATUS.matcher(group.getOrDefault("status", "")).find())
			.filter(group -> action(group).equals("failed") || action(group).equals("delayed"))
			.findFirst();
	}

	private static String action(Map<String, String> group) {
		return group.get("action").split("[\\s(;]", 2)[0].toLowerCase(Locale.ROOT);
	}

	private static DeliveryReport report(Map<String, String> group, String token) {
		Matcher status = STATUS.matcher(group.get("status"));
		status.find();
		boolean hard = action(group).equals("failed") && status.group(1).equals("5");
		return new DeliveryReport(token, recipient(group.get("final-recipient")), status.group(), hard,
				diagnostic(group.get("diagnostic-code")));
	}

	/** {@code rfc822; <Name@Host.lt>} gives {@code name@host.lt}. */
	private static String recipient(String field) {
		if (field == null) {
			return null;
		}
		String address = field.substring(field.indexOf(';') + 1).trim().replaceAll("^<|>$", "").trim();
		return address.isEmpty() ? null : address.toLowerCase(Locale.ROOT);
	}

	/** {@code smtp; 550 5.1.1 ...} gives {@code 550 5.1.1 ...}, its spaces collapsed, cut at 1000 characters. */
	private static String diagnostic(String field) {
		if (field == null) {
			return null;
		}
		String text = field.replaceFirst("^[A-Za-z0-9-]+\\s*;", "").replaceAll("\\s+", " ").trim();
		if (text.isEmpty()) {
			return null;
		}
		return text.length() > MAX_DIAGNOSTIC ? text.substring(0, MAX_DIAGNOSTIC).trim() : text;
	}

	/**
	 * The {@code +token} of the bounce address the report was delivered to, looked for in the envelope
	 * headers first and in {@code To} last; local part and domain match in any case, the token is kept as
	 * written. Null when no header carries one.
	 */
	private static String token(Message message, String bounceAddress) throws MessagingException {
		int at = bounceAddress == null ? -1 : bounceAddress.trim().lastIndexOf('@');
		if (at <= 0) {
			return null;
		}
		String address = bounceAddress.trim();
		Pattern addressed = Pattern.compile("(?<![A-Za-z0-9._%+-])" + Pattern.quote(address.substring(0, at))
				+ "\\+([A-Za-z0-9_-]{20,40})@" + Pattern.quote(address.substring(at + 1))
				+ "(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
		for (String name : ADDRESSED_TO) {
			String[] values = message.getHeader(name);
			for (String value : values == null ? new String[0] : values) {
				Matcher found = addressed.matcher(value);
				if (found.find()) {
					return found.group(1);
				}
			}
		}
		return null;
	}
}
