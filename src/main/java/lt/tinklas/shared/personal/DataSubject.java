package lt.tinklas.shared.personal;

/**
 * The person a request about personal data concerns, in one network: the values by which other
 * records may still name them ({@code email} and {@code phone} may be null).
 */
public record DataSubject(long networkId, long personId, String firstName, String lastName, String email,
		String phone, String language) {

	/** “First Last”, as forms and mails write a name. */
	public String fullName() {
		return firstName + " " + lastName;
	}
}
