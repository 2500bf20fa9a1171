package lt.tinklas.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.people.PersonData;
import lt.tinklas.people.PersonView;

/**
 * The person form as typed. Empty rows of affiliations and consents are dropped before the data is
 * checked, so the form can always offer one empty row to fill.
 */
public record PersonForm(
		String firstName,
		String lastName,
		String email,
		String phone,
		String language,
		List<AffiliationRow> affiliations,
		List<ConsentRow> consents,
		Long version) {

	public PersonForm {
		// a row the request skipped is an empty row, as the form would have shown it
		affiliations = affiliations == null ? List.of()
				: affiliations.stream().map(row -> row == null ? AffiliationRow.NONE : row).toList();
		consents = consents == null ? List.of() : consents.stream().map(row -> row == null ? ConsentRow.NONE : row).toList();
	}

	/** A new person's form, affiliated with the given organization when there is one. */
	static PersonForm empty(Long organizationId) {
		List<AffiliationRow> affiliations = organizationId != null && organizationId > 0
				? List.of(new AffiliationRow(organizationId, null, null, null)) : List.of();
		return new PersonForm(null, null, null, null, "lt", affiliations, List.of(), null).withEmptyRows();
	}

	static PersonForm of(PersonView person) {
		return new PersonForm(person.firstName(), person.lastName(), person.email(), person.phone(), person.language(),
				person.affiliations()
					.stream()
					.map(a -> new AffiliationRow(a.organizationId(), a.position(), a.from(), a.until()))
					.toList(),
				person.consents()
					.stream()
					.map(c -> new ConsentRow(c.kind(), c.givenOn(), c.withdrawnOn(), c.source(), c.text(),
							c.withdrawnSource()))
					.toList(),
				person.version()).withEmptyRows();
	}

	/** The same form with one empty row added to each list where none is left to fill in. */
	PersonForm withEmptyRows() {
		List<AffiliationRow> moreAffiliations = new ArrayList<>(affiliations);
		if (affiliations.stream().noneMatch(AffiliationRow::isEmpty)) {
			moreAffiliations.add(AffiliationRow.NONE);
		}
		List<ConsentRow> moreConsents = new ArrayList<>(consents);
		if (consents.stream().noneMatch(ConsentRow::isEmpty)) {
			moreConsents.add(ConsentRow.NONE);
		}
		return new PersonForm(firstName, lastName, email, phone, language, moreAffiliations, moreConsents, version);
	}

	PersonData toData() {
		return new PersonData(firstName, lastName, email, phone, language == null ? "lt" : language,
				affiliations.stream()
					.filter(row -> !row.isEmpty())
					.map(row -> new PersonData.AffiliationData(row.organizationId(), row.position(), row.from(),
							row.until()))
					.toList(),
				consents.stream()
					.filter(row -> !row.isEmpty())
					.map(row -> new PersonData.ConsentData(null, row.givenOn(), row.withdrawnOn(), row.kind(),
							row.source(), row.text(), row.withdrawnSource()))
					.toList());
	}

	public record AffiliationRow(Long organizationId, String position, LocalDate from, LocalDate until) {

		static final AffiliationRow NONE = new AffiliationRow(null, null, null, null);

		boolean isEmpty() {
			return organizationId == null && (position == null || position.isBlank()) && from == null
					&& until == null;
		}
	}

	/** A consent row: the text shown and how it was withdrawn go back unchanged with the form. */
	public record ConsentRow(Long kind, LocalDate givenOn, LocalDate withdrawnOn, PersonData.ConsentSource source,
			String text, PersonData.ConsentSource withdrawnSource) {

		static final ConsentRow NONE = new ConsentRow(null, null, null, null, null, null);

		boolean isEmpty() {
			return kind == null && givenOn == null && withdrawnOn == null;
		}
	}
}
