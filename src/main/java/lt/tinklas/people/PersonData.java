package lt.tinklas.people;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person as the API and the forms take and give it. */
public record PersonData(
		@NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName,
		@NotBlank @Email @Size(max = 320) String email,
		@Size(max = 40) String phone,
		@Pattern(regexp = "lt|en", message = "{person.error.language}") String language,
		@Valid List<AffiliationData> affiliations,
		@Valid List<ConsentData> consents) {

	public PersonData {
		affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
		consents = consents == null ? List.of() : List.copyOf(consents);
	}

	/** A place at a member organization for a time; {@code until} is empty while the person is there. */
	public record AffiliationData(@NotNull Long organizationId, @Size(max = 200) String position, LocalDate from,
			LocalDate until) {
	}

	/**
	 * A consent of one kind: the kind by id, or by its name in purpose (a name the network has no kind
	 * of becomes a new kind); how it was given (FORM when not said) and the text shown; when and how
	 * it was withdrawn.
	 */
	public record ConsentData(@Size(max = 200) String purpose, @NotNull LocalDate givenOn, LocalDate withdrawnOn,
			Long kind, ConsentSource source, @Size(max = 2000) String text, ConsentSource withdrawnSource) {

		/** A consent named by its kind's name, given on a form. */
		public ConsentData(String purpose, LocalDate givenOn, LocalDate withdrawnOn) {
			this(purpose, givenOn, withdrawnOn, null, null, null, null);
		}
	}

	/** How a consent was given or withdrawn: on a form, on paper, or through a link in a mail. */
	public enum ConsentSource {
		FORM, PAPER, MAIL_LINK
	}
}
