package lt.tinklas.organizations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.OrganizationData;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.shared.history.NotShown;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.history.ShownTo;
import lt.tinklas.shared.persistence.InsertedInBulk;
import lt.tinklas.shared.tenancy.TenantOwned;
import lt.tinklas.shared.text.SearchText;
import org.hibernate.envers.Audited;

/** A member (or would-be member) organization of the network; its legal code is unique in the network. */
@Entity
@Table(name = "organization")
@Audited
@InsertedInBulk
public class Organization extends TenantOwned {

	@Column(name = "legal_code", nullable = false)
	private String legalCode;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name")
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form", nullable = false)
	private LegalForm legalForm;

	@Column(name = "founded_on")
	private LocalDate foundedOn;

	@Column(name = "ngo_since")
	private LocalDate ngoStatusSince;

	@Column(name = "ngo_until")
	private LocalDate ngoStatusUntil;

	@Column(name = "ngo_checked", nullable = false)
	private boolean ngoStatusChecked;

	@ShownAs("municipality")
	@Column(name = "seat_municipality")
	private String seatMunicipality;

	@ShownAs("municipality")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organization_municipality", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "municipality", nullable = false)
	private Set<String> municipalities = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organization_target_group", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "target_group", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<TargetGroup> targetGroups = new LinkedHashSet<>();

	/** The services, one per line. */
	@Column(name = "services")
	private String services;

	private String website;

	private String email;

	private String phone;

	private String address;

	@Column(name = "staff_count")
	private Integer staffCount;

	@Column(name = "volunteer_count")
	private Integer volunteerCount;

	/** The secretariat's own notes: shown to the network's staff only, never to the organization. */
	@Column(name = "private_notes")
	@ShownTo({ "NETWORK_ADMIN", "STAFF" })
	private String privateNotes;

	@NotShown
	@Column(name = "search_text", nullable = false)
	private String searchText;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected Organization() {
	}

	public Organization(OrganizationData data) {
		update(data);
	}

	public final void update(OrganizationData data) {
		this.legalCode = data.legalCode().strip();
		this.name = data.name().strip();
		this.shortName = blankToNull(data.shortName());
		this.legalForm = data.legalForm() == null ? LegalForm.OTHER : data.legalForm();
		this.foundedOn = data.foundedOn();
		this.ngoStatusSince = data.ngoStatusSince();
		this.ngoStatusUntil = data.ngoStatusUntil();
		this.seatMunicipality = blankToNull(data.seatMunicipality());
		this.municipalities.clear();
		this.municipalities.addAll(data.municipalities());
		this.targetGroups.clear();
		this.targetGroups.addAll(data.targetGroups());
		this.services = data.services().isEmpty() ? null : String.join("\n", data.services());
		this.website = blankToNull(data.website());
		this.email = blankToNull(data.email());
		this.phone = blankToNull(data.phone());
		this.address = blankToNull(data.address());
		this.staffCount = data.staffCount();
		this.volunteerCount = data.volunteerCount();
		this.searchText = SearchText.normalize(name + " " + (shortName == null ? "" : shortName) + " " + legalCode);
	}

	/** Sets the NGO status as the state register shows it; false when nothing changed. */
	public boolean checkedNgoStatus(LocalDate since, LocalDate until) {
		boolean changed = !Objects.equals(since, ngoStatusSince) || !Objects.equals(until, ngoStatusUntil)
				|| !ngoStatusChecked;
		this.ngoStatusSince = since;
		this.ngoStatusUntil = until;
		this.ngoStatusChecked = true;
		return changed;
	}

	public void notes(String notes) {
		this.privateNotes = blankToNull(notes);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getLegalCode() {
		return legalCode;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public LegalForm getLegalForm() {
		return legalForm;
	}

	public LocalDate getFoundedOn() {
		return foundedOn;
	}

	public LocalDate getNgoStatusSince() {
		return ngoStatusSince;
	}

	public LocalDate getNgoStatusUntil() {
		return ngoStatusUntil;
	}

	public boolean isNgoStatusChecked() {
		return ngoStatusChecked;
	}

	public String getSeatMunicipality() {
		return seatMunicipality;
	}

	public Set<String> getMunicipalities() {
		return municipalities;
	}

	public Set<TargetGroup> getTargetGroups() {
		return targetGroups;
	}

	public List<String> services() {
		return services == null ? List.of() : List.of(services.split("\n"));
	}

	public String getWebsite() {
		return website;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getAddress() {
		return address;
	}

	public Integer getStaffCount() {
		return staffCount;
	}

	public Integer getVolunteerCount() {
		return volunteerCount;
	}

	public String getPrivateNotes() {
		return privateNotes;
	}

	public String getSearchText() {
		return searchText;
	}
}
