package lt.tinklas.people;

import java.util.List;

/**
 * A person as stored, with the version an edit must carry. An erased person has empty names and no
 * e-mail or phone; pages name them “erased person”.
 */
public record PersonView(long id, long version, String firstName, String lastName, String email, String phone,
		String language, List<PersonData.AffiliationData> affiliations, List<PersonData.ConsentData> consents,
		boolean erased) {

	public String fullName() {
		return firstName + " " + lastName;
	}
}
