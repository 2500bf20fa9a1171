package lt.tinklas.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The test SMTP server: Tinklas sends real mail to it over SMTP; its IMAP server holds the bounce mailbox. */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
			server.start();
			server.setUser(BOUNCES, BOUNCES, BOUNCES_PASSWORD);
		}
		return server;
	}

	/** The bounce mailbox newsletters' bounces come back to (IMAP on {@link #imapPort()}). */
	public static final String BOUNCES = "bounces@tinklas.test";
	public static final String BOUNCES_PASSWORD = "bounces-secret";

	public static int port() {
		return server().getSmtp().getPort();
	}

	public static int imapPort() {
		return server().getImap().getPort();
	}

	public static GreenMail greenMail() {
		return server();
	}

	/** Waits (up to 20 s) until a mail to the address arrives and returns the latest one. */
	public static MimeMessage latestTo(String recipient) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			List<MimeMessage> mails = Arrays.stream(server().getReceivedMessages())
				.filter(mail -> isTo(mail, recipient))
				.toList();
			if (!mails.isEmpty()) {
				return mails.get(mails.size() - 1);
			}
			server().waitForIncomingEmail(500, server().getReceivedMessages().length + 1);
		}
		throw new AssertionError("No mail to " + recipient + " arrived within 20 seconds");
	}

	/** Waits (up to 20 s) until the address has received {@code count} mails and returns the last of those. */
	public static MimeMessage numberTo(String recipient, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			List<MimeMessage> mails = allTo(recipient);
			if (mails.size() >= count) {
				return mails.get(count - 1);
			}
			server().waitForIncomingEmail(500, server().getReceivedMessages().length + 1);
		}
		throw new AssertionError("No mail number " + count + " to " + recipient + " arrived within 20 seconds");
	}

	/** Waits (up to 20 s) for a mail to the address with the subject and returns it. */
	public static MimeMessage withSubject(String recipient, String subject) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			for (MimeMessage mail : server().getReceivedMessages()) {
				try {
					if (isTo(mail, recipient) && subject.equals(mail.getSubject())) {
						return mail;
					}
				}
				catch (MessagingException e) {
					throw new IllegalStateException(e);
				}
			}
			server().waitForIncomingEmail(500, server().getReceivedMessages().length + 1);
		}
		throw new AssertionError("No mail \"" + subject + "\" to " + recipient + " arrived within 20 seconds");
	}

	/** Waits (up to 20 s) until more than {@code seen} mails to the address have arrived; returns the latest. */
	public static MimeMessage nextTo(String recipient, long seen) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			if (countTo(recipient) > seen) {
				return latestTo(recipient);
			}
			server().waitForIncomingEmail(500, server().getReceivedMessages().length + 1);
		}
		throw new AssertionError("No new mail to " + recipient + " arrived within 20 seconds");
	}

	/** Every mail to the address received so far, oldest first. */
	public static List<MimeMessage> allTo(String recipient) {
		return Arrays.stream(server().getReceivedMessages()).filter(mail -> isTo(mail, recipient)).toList();
	}

	public static long countTo(String recipient) {
		return Arrays.stream(server().getReceivedMessages()).filter(mail -> isTo(mail, recipient)).count();
	}

	/** The decoded text a reader of the plain text sees: the mail's text/plain part. */
	public static String body(MimeMessage mail) {
		return part(mail, "text/plain");
	}

	/** The decoded HTML part of the mail (text/html). */
	public static String html(MimeMessage mail) {
		return part(mail, "text/html");
	}

	private static String part(MimeMessage mail, String type) {
		try {
			String found = find(mail, type);
			if (found == null) {
				throw new AssertionError("No " + type + " part in a mail of type " + mail.getContentType());
			}
			return found.replace("\r\n", "\n");
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The content of the first part of the type, looking into multiparts; null when there is none. */
	private static String find(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				String found = find(parts.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The sender as a mail client shows it: its name (decoded) and address, {@code Name <address>}. */
	public static String sender(MimeMessage mail) {
		try {
			Address[] from = mail.getFrom();
			if (from == null || from.length != 1) {
				throw new AssertionError("Not one sender: " + Arrays.toString(from));
			}
			InternetAddress address = (InternetAddress) from[0];
			return address.getPersonal() + " <" + address.getAddress() + ">";
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The first link in the mail's body that starts with the given path. */
	public static String linkPath(MimeMessage mail, String pathPrefix) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]*)").matcher(body(mail));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + pathPrefix + " in: " + body(mail));
		}
		return matcher.group(1);
	}

	private static boolean isTo(MimeMessage mail, String recipient) {
		try {
			return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
				.anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
