package lt.tinklas.newsletters.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the bounce mailbox over IMAP and empties it as it goes. Each message is handed on as a
 * {@link DeliveryReport} and then deleted. A message that is no delivery report (an autoreply, a
 * read receipt, a report of successful delivery, spam) is deleted unread: the mailbox only exists
 * to receive reports for the envelope senders of newsletter mail, nobody reads it, and keeping such
 * mail would make every later run read it again. When the consumer throws, that message stays in
 * the mailbox untouched and reading stops, so the next run reads it again; the messages handled
 * before it are deleted all the same. The deleted ones are expunged when the folder is closed.
 */
public class BounceMailbox {

	private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);
	static final int TIMEOUT_MILLIS = 10_000;

	private final BounceSettings settings;

	public BounceMailbox(BounceSettings settings) {
		this.settings = Objects.requireNonNull(settings);
		if (!settings.reading()) {
			throw new IllegalArgumentException("No bounce mailbox is set: " + settings);
		}
	}

	/**
	 * Reads at most {@code max} messages, oldest first, giving each report to {@code each}; returns how
	 * many messages were handled (reports given on, and other messages deleted).
	 *
	 * @throws MessagingException when the mailbox cannot be reached or signed in to
	 *         ({@link jakarta.mail.AuthenticationFailedException}), or the folder cannot be opened
	 * @throws RuntimeException what {@code each} threw, after the folder was closed
	 */
	public int read(Consumer<DeliveryReport> each, int max) throws MessagingException {
		if (max <= 0) {
			return 0;
		}
		Store store = Session.getInstance(properties()).getStore(settings.protocol());
		store.connect(settings.host(), settings.port(), settings.username(), settings.password());
		try {
			Folder folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			try {
				return readOpen(folder, each, max);
			}
			finally {
				closeQuietly(folder);
			}
		}
		finally {
			try {
				store.close();
			}
			catch (MessagingException e) {
				log.debug("The bounce mailbox's connection did not close cleanly: {}", e.toString());
			}
		}
	}

	private int readOpen(Folder folder, Consumer<DeliveryReport> each, int max) throws MessagingException {
		int count = Math.min(folder.getMessageCount(), max);
		if (count == 0) {
			return 0;
		}
		int handled = 0;
		for (Message message : folder.getMessages(1, count)) {
			if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
				continue;
			}
			Optional<DeliveryReport> report = DeliveryReport.of(local(message), settings.address());
			if (report.isPresent()) {
				each.accept(report.get());
			}
			else {
				log.debug("Deleting a mail in the bounce mailbox that is no delivery report");
			}
			message.setFlag(Flags.Flag.DELETED, true);
			handled++;
		}
		return handled;
	}

	/**
	 * The whole message fetched and parsed here: the server's own account of a report's structure
	 * (BODYSTRUCTURE) is not relied on, as servers differ in the less common types. When the copy fails,
	 * the server's message itself; if the connection is gone, flagging it fails next and nothing is lost.
	 */
	private static Message local(Message message) {
		try {
			return message instanceof MimeMessage mime ? new MimeMessage(mime) : message;
		}
		catch (MessagingException e) {
			log.debug("A mail in the bounce mailbox could not be copied: {}", e.toString());
			return message;
		}
	}

	/** Closes with expunge; a failure here leaves the deleted-flagged messages to the next run's close. */
	private static void closeQuietly(Folder folder) {
		try {
			if (folder.isOpen()) {
				folder.close(true);
			}
		}
		catch (MessagingException e) {
			log.warn("The bounce mailbox's folder did not close: {}", e.toString());
		}
	}

	private Properties properties() {
		String protocol = settings.protocol();
		Properties properties = new Properties();
		properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
		properties.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MILLIS));
		if (protocol.equals("imaps")) {
			properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
		}
		return properties;
	}
}
