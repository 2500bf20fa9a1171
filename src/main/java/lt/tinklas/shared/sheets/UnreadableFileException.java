package lt.tinklas.shared.sheets;

/** A file that cannot be read as the table it claims to be; the message key (with its arguments) says why. */
public class UnreadableFileException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public UnreadableFileException(String messageKey, Throwable cause, Object... arguments) {
		super(messageKey, cause);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The numbers the message names, such as the limit a file went past. */
	public Object[] arguments() {
		return arguments.clone();
	}
}
