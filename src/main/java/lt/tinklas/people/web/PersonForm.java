package lt.tinklas.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.people.PersonData;
import lt.tinklas.people.PersonView;

/**
 * The person form as typed. A bean rather than a record: a value that cannot be read (a date such
 * as 2025-13-45) leaves only its own field empty, and the page shows the typed text beside its
 * error. Empty rows of affiliations and consents are dropped before the data is checked, so the
 * form can always offer one empty row to fill.
 */
public class PersonForm {

	private String firstName;
	private String lastName;
	private String email;
	private String phone;
	private String language = "lt";
	private List<AffiliationRow> affiliations = new ArrayList<>();
	private List<ConsentRow> consents = new ArrayList<>();
	private Long version;

	static PersonForm empty(Long organizationId) {
		PersonForm form = new PersonForm();
		if (organizationId != null && organizationId > 0) {
			form.affiliations.add(new AffiliationRow(organizationId, null, null, null));
		}
		return form.withEmptyRows();
	}

	static PersonForm of(PersonView person) {
		PersonForm form = new PersonForm();
		form.firstName = person.firstName();
		form.lastName = person.lastName();
		form.email = person.email();
		form.phone = person.phone();
		form.language = person.language();
		person.affiliations()
			.forEach(a -> form.affiliations.add(new AffiliationRow(a.organizationId(), a.position(), a.from(), a.until())));
		person.consents().forEach(c -> form.consents.add(new ConsentRow(c.purpose(), c.givenOn(), c.withdrawnOn())));
		form.version = person.version();
		return form.withEmptyRows();
	}

	/** Adds one empty row to each list where none is left to fill in. */
	PersonForm withEmptyRows() {
		if (affiliations.stream().noneMatch(AffiliationRow::isEmpty)) {
			affiliations.add(new AffiliationRow());
		}
		if (consents.stream().noneMatch(ConsentRow::isEmpty)) {
			consents.add(new ConsentRow());
		}
		return this;
	}

	PersonData toData() {
		return new PersonData(firstName, lastName, email, phone, language == null ? "lt" : language,
				affiliations.stream()
					.filter(row -> !row.isEmpty())
					.map(row -> new PersonData.AffiliationData(row.getOrganizationId(), row.getPosition(),
							row.getFrom(), row.getUntil()))
					.toList(),
				consents.stream()
					.filter(row -> !row.isEmpty())
					.map(row -> new PersonData.ConsentData(row.getPurpose(), row.getGivenOn(), row.getWithdrawnOn()))
					.toList());
	}

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public List<AffiliationRow> getAffiliations() {
		return affiliations;
	}

	public void setAffiliations(List<AffiliationRow> affiliations) {
		this.affiliations = affiliations;
	}

	public List<ConsentRow> getConsents() {
		return consents;
	}

	public void setConsents(List<ConsentRow> consents) {
		this.consents = consents;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public static class AffiliationRow {

		private Long organizationId;
		private String position;
		private LocalDate from;
		private LocalDate until;

		public AffiliationRow() {
		}

		AffiliationRow(Long organizationId, String position, LocalDate from, LocalDate until) {
			this.organizationId = organizationId;
			this.position = position;
			this.from = from;
			this.until = until;
		}

		boolean isEmpty() {
			return organizationId == null && (position == null || position.isBlank()) && from == null
					&& until == null;
		}

		public Long getOrganizationId() {
			return organizationId;
		}

		public void setOrganizationId(Long organizationId) {
			this.organizationId = organizationId;
		}

		public String getPosition() {
			return position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

		public LocalDate getFrom() {
			return from;
		}

		public void setFrom(LocalDate from) {
			this.from = from;
		}

		public LocalDate getUntil() {
			return until;
		}

		public void setUntil(LocalDate until) {
			this.until = until;
		}
	}

	public static class ConsentRow {

		private String purpose;
		private LocalDate givenOn;
		private LocalDate withdrawnOn;

		public ConsentRow() {
		}

		ConsentRow(String purpose, LocalDate givenOn, LocalDate withdrawnOn) {
			this.purpose = purpose;
			this.givenOn = givenOn;
			this.withdrawnOn = withdrawnOn;
		}

		boolean isEmpty() {
			return (purpose == null || purpose.isBlank()) && givenOn == null && withdrawnOn == null;
		}

		public String getPurpose() {
			return purpose;
		}

		public void setPurpose(String purpose) {
			this.purpose = purpose;
		}

		public LocalDate getGivenOn() {
			return givenOn;
		}

		public void setGivenOn(LocalDate givenOn) {
			this.givenOn = givenOn;
		}

		public LocalDate getWithdrawnOn() {
			return withdrawnOn;
		}

		public void setWithdrawnOn(LocalDate withdrawnOn) {
			this.withdrawnOn = withdrawnOn;
		}
	}
}
