package lt.tinklas.shared.text;

import java.util.regex.Pattern;

/**
 * The links Tinklas keeps in its records (a website, an online event's address, evidence of a
 * stage or an indicator, a media mention): http, https or mailto only. A {@code javascript:} or
 * {@code data:} address would run in the browser of whoever clicks it, so it is refused where it is
 * typed and never written into a page's {@code href}.
 */
public final class WebLinks {

	/** For {@code @Pattern}: empty, or an http(s) or mailto link without spaces, in any letter case. */
	public static final String PATTERN = "^$|^(?i:https?://|mailto:)\\S+$";

	private static final Pattern ACCEPTED = Pattern.compile("(?i:https?://|mailto:)\\S+");

	private WebLinks() {
	}

	/** True for no link at all, or a link Tinklas may keep and show. */
	public static boolean acceptable(String link) {
		return link == null || link.isBlank() || ACCEPTED.matcher(link.strip()).matches();
	}

	/** The link when a page may point to it; {@code null} otherwise (the page then shows no link). */
	public static String href(String link) {
		return link == null || link.isBlank() || !acceptable(link) ? null : link.strip();
	}
}
