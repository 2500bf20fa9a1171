package lt.tinklas.organizations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.OrganizationData;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.TargetGroup;

/** The organization form as typed (a bean: a value that cannot be read leaves only its own field empty). */
public class OrganizationForm {

	private String legalCode;
	private String name;
	private String shortName;
	private LegalForm legalForm = LegalForm.ASSOCIATION;
	private LocalDate foundedOn;
	private LocalDate ngoStatusSince;
	private LocalDate ngoStatusUntil;
	private String seatMunicipality;
	private List<String> municipalities = new ArrayList<>();
	private List<TargetGroup> targetGroups = new ArrayList<>();
	private String services;
	private String website;
	private String email;
	private String phone;
	private String address;
	private Integer staffCount;
	private Integer volunteerCount;
	private LocalDate memberSince;
	private String privateNotes;
	private Long version;

	static OrganizationForm of(OrganizationView o, String notes) {
		OrganizationForm form = new OrganizationForm();
		form.legalCode = o.legalCode();
		form.name = o.name();
		form.shortName = o.shortName();
		form.legalForm = o.legalForm();
		form.foundedOn = o.foundedOn();
		form.ngoStatusSince = o.ngoStatusSince();
		form.ngoStatusUntil = o.ngoStatusUntil();
		form.seatMunicipality = o.seatMunicipality();
		form.municipalities = new ArrayList<>(o.municipalities());
		form.targetGroups = new ArrayList<>(o.targetGroups());
		form.services = String.join("\n", o.services());
		form.website = o.website();
		form.email = o.email();
		form.phone = o.phone();
		form.address = o.address();
		form.staffCount = o.staffCount();
		form.volunteerCount = o.volunteerCount();
		form.privateNotes = notes;
		form.version = o.version();
		return form;
	}

	OrganizationData toData() {
		return new OrganizationData(legalCode == null ? "" : legalCode, name, shortName, legalForm, foundedOn,
				ngoStatusSince, ngoStatusUntil, seatMunicipality, municipalities, targetGroups,
				services == null ? List.of() : Arrays.asList(services.split("\\R")), website, email, phone, address,
				staffCount, volunteerCount, memberSince, version);
	}

	public String getLegalCode() {
		return legalCode;
	}

	public void setLegalCode(String legalCode) {
		this.legalCode = legalCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public LegalForm getLegalForm() {
		return legalForm;
	}

	public void setLegalForm(LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public LocalDate getFoundedOn() {
		return foundedOn;
	}

	public void setFoundedOn(LocalDate foundedOn) {
		this.foundedOn = foundedOn;
	}

	public LocalDate getNgoStatusSince() {
		return ngoStatusSince;
	}

	public void setNgoStatusSince(LocalDate ngoStatusSince) {
		this.ngoStatusSince = ngoStatusSince;
	}

	public LocalDate getNgoStatusUntil() {
		return ngoStatusUntil;
	}

	public void setNgoStatusUntil(LocalDate ngoStatusUntil) {
		this.ngoStatusUntil = ngoStatusUntil;
	}

	public String getSeatMunicipality() {
		return seatMunicipality;
	}

	public void setSeatMunicipality(String seatMunicipality) {
		this.seatMunicipality = seatMunicipality;
	}

	public List<String> getMunicipalities() {
		return municipalities;
	}

	public void setMunicipalities(List<String> municipalities) {
		this.municipalities = municipalities == null ? new ArrayList<>() : municipalities;
	}

	public List<TargetGroup> getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(List<TargetGroup> targetGroups) {
		this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups;
	}

	public String getServices() {
		return services;
	}

	public void setServices(String services) {
		this.services = services;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
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

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Integer getStaffCount() {
		return staffCount;
	}

	public void setStaffCount(Integer staffCount) {
		this.staffCount = staffCount;
	}

	public Integer getVolunteerCount() {
		return volunteerCount;
	}

	public void setVolunteerCount(Integer volunteerCount) {
		this.volunteerCount = volunteerCount;
	}

	public LocalDate getMemberSince() {
		return memberSince;
	}

	public void setMemberSince(LocalDate memberSince) {
		this.memberSince = memberSince;
	}

	public String getPrivateNotes() {
		return privateNotes;
	}

	public void setPrivateNotes(String privateNotes) {
		this.privateNotes = privateNotes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
