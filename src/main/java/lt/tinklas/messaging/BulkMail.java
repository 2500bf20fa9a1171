package lt.tinklas.messaging;

import java.util.Locale;
import java.util.Objects;

/**
 * A mail of a mailing to one person: its text and HTML parts as written, the one-click stop link
 * (which carries {@code secret}, kept apart from the stored mail until it is sent), the envelope
 * sender its bounces return to (null for the installation's address) and the reference the sender
 * names when it is sent or given up.
 */
public record BulkMail(Locale language, String recipient, String subject, String text, String html,
		String unsubscribeUrl, String secret, String envelopeFrom, String reference) {

	public BulkMail {
		Objects.requireNonNull(recipient);
		Objects.requireNonNull(html);
		Objects.requireNonNull(secret);
		Objects.requireNonNull(reference);
	}
}
