package lt.tinklas.events.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;

/** A registration from the public page, waiting until its e-mail link is confirmed. */
@Entity
@Table(name = "registration_request")
public class RegistrationRequest extends TenantOwned {

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(name = "first_name", nullable = false)
	private String firstName;

	@Column(name = "last_name", nullable = false)
	private String lastName;

	@Column(nullable = false)
	private String email;

	@Column(name = "organization_name")
	private String organizationName;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	/** The consents ticked: a line per kind, its id, a tab and the text shown. */
	@Column(name = "consents")
	private String consents;

	/** The language the form was shown in. */
	@Column(name = "language")
	private String language;

	protected RegistrationRequest() {
	}

	public RegistrationRequest(Long eventId, String firstName, String lastName, String email, String organizationName,
			String tokenHash) {
		this.eventId = eventId;
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.organizationName = organizationName;
		this.tokenHash = tokenHash;
	}

	/** What the person agreed to on the form, in the language it was shown in. */
	public void consented(Map<Long, String> shown, String language) {
		this.language = language;
		this.consents = shown.isEmpty() ? null
				: shown.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
	}

	/** The consents ticked, by kind id, with the text shown. */
	public Map<Long, String> getConsents() {
		Map<Long, String> shown = new LinkedHashMap<>();
		if (consents != null) {
			for (String line : consents.split("\n")) {
				int tab = line.indexOf('\t');
				shown.put(Long.valueOf(line.substring(0, tab)), line.substring(tab + 1));
			}
		}
		return shown;
	}

	public String getLanguage() {
		return language == null ? "lt" : language;
	}

	public void confirm() {
		confirmedAt = Instant.now();
	}

	public Long getEventId() {
		return eventId;
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

	public String getOrganizationName() {
		return organizationName;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}
}
