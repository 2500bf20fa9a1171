package lt.tinklas.newsletters.domain;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox that receives the bounces of newsletter mail ({@code tinklas.newsletters.bounces.*}).
 * Without a {@code host} there is no bounce mailbox; without an {@code address} newsletters go out with
 * the normal sender and no bounce is read. With both, each recipient's mail goes out with its own
 * envelope sender {@code <local>+<token>@<domain>} of the address, so that a report names the token.
 * {@code protocol} is {@code imaps} (port 993) or {@code imap}.
 */
@ConfigurationProperties("tinklas.newsletters.bounces")
public record BounceSettings(String host, @DefaultValue("993") int port, @DefaultValue("imaps") String protocol,
		String username, String password, @DefaultValue("INBOX") String folder, String address) {

	public BounceSettings {
		host = blankToNull(host);
		address = blankToNull(address);
		protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.trim().toLowerCase(Locale.ROOT);
		folder = folder == null || folder.isBlank() ? "INBOX" : folder.trim();
		if (!protocol.equals("imaps") && !protocol.equals("imap")) {
			throw new IllegalArgumentException("tinklas.newsletters.bounces.protocol is imaps or imap, not " + protocol);
		}
		if (address != null && (address.indexOf('@') <= 0 || address.indexOf('@') != address.lastIndexOf('@')
				|| address.endsWith("@"))) {
			throw new IllegalArgumentException("tinklas.newsletters.bounces.address is not a mail address: " + address);
		}
	}

	/** Whether bounces are read: a mailbox and the bounce address are both set. */
	public boolean reading() {
		return host != null && address != null;
	}

	/** The envelope sender for one recipient's mail: {@code bounces+<token>@example.lt} for {@code bounces@example.lt}. */
	public String envelopeFor(String token) {
		if (address == null) {
			throw new IllegalStateException("No bounce address is set (tinklas.newsletters.bounces.address)");
		}
		if (token == null || !token.matches("[A-Za-z0-9_-]{20,40}")) {
			throw new IllegalArgumentException("A bounce token is 20 to 40 of A-Z, a-z, 0-9, _ and -: " + token);
		}
		int at = address.indexOf('@');
		return address.substring(0, at) + "+" + token + address.substring(at);
	}

	/** Without the password, which is not to be logged. */
	@Override
	public String toString() {
		return "BounceSettings[" + protocol + "://" + username + "@" + host + ":" + port + "/" + folder + ", address="
				+ address + "]";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
