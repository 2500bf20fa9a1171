package lt.tinklas.shared.web;

/**
 * A request that clashes with what is already there (the person is already registered): the API
 * answers 409 with the message; pages show it.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}
}
