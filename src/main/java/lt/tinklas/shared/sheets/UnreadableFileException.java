package lt.tinklas.shared.sheets;

/** A file that cannot be read as the table it claims to be; the message key says why. */
public class UnreadableFileException extends RuntimeException {

	private final String messageKey;

	public UnreadableFileException(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
