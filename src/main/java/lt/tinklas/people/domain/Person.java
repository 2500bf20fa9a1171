package lt.tinklas.people.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.NotShown;
import lt.tinklas.shared.tenancy.TenantOwned;
import lt.tinklas.shared.text.SearchText;
import org.hibernate.envers.Audited;

/** A person the network works with; the e-mail is unique within the network, whatever its case. */
@Entity
@Table(name = "person")
@Audited
public class Person extends TenantOwned {

	@Column(name = "first_name", nullable = false)
	private String firstName;

	@Column(name = "last_name", nullable = false)
	private String lastName;

	private String email;

	private String phone;

	@Column(nullable = false)
	private String language = "lt";

	@NotShown
	@Column(name = "search_text", nullable = false)
	private String searchText;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@NotShown
	@Column(name = "erased_at")
	private Instant erasedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "person_affiliation", joinColumns = @JoinColumn(name = "person_id"))
	private Set<Affiliation> affiliations = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "person_consent", joinColumns = @JoinColumn(name = "person_id"))
	private Set<Consent> consents = new LinkedHashSet<>();

	protected Person() {
	}

	public Person(String firstName, String lastName, String email) {
		rename(firstName, lastName, email);
	}

	public static String normalizeEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	public final void rename(String firstName, String lastName, String email) {
		this.firstName = firstName.strip();
		this.lastName = lastName.strip();
		this.email = normalizeEmail(email);
		this.searchText = SearchText.normalize(this.firstName + " " + this.lastName + " " + this.email);
	}

	public void contact(String phone, String language) {
		this.phone = phone == null || phone.isBlank() ? null : phone.strip();
		this.language = language == null ? "lt" : language;
	}

	public void replaceAffiliations(List<Affiliation> affiliations) {
		this.affiliations.clear();
		this.affiliations.addAll(affiliations);
	}

	public void replaceConsents(List<Consent> consents) {
		this.consents.clear();
		this.consents.addAll(consents);
	}

	/**
	 * Forgets who the person is: name, e-mail, phone, job titles and consents go; the row stays, so
	 * what they took part in still counts for the network's figures.
	 */
	public void erase(Instant at) {
		this.firstName = "";
		this.lastName = "";
		this.email = null;
		this.phone = null;
		this.searchText = "";
		this.erasedAt = at;
		List<Affiliation> kept = affiliations.stream().map(Affiliation::withoutPosition).toList();
		this.affiliations.clear();
		this.affiliations.addAll(kept);
		this.consents.clear();
	}

	public boolean isErased() {
		return erasedAt != null;
	}

	/** Whether the person works at the organization on the day. */
	public boolean affiliatedWith(Long organizationId, LocalDate day) {
		return affiliations.stream().anyMatch(a -> a.getOrganizationId().equals(organizationId) && a.activeOn(day));
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getLanguage() {
		return language;
	}

	public Set<Affiliation> getAffiliations() {
		return affiliations;
	}

	public Set<Consent> getConsents() {
		return consents;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getErasedAt() {
		return erasedAt;
	}
}
