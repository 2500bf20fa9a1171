package lt.tinklas.projects.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import lt.tinklas.projects.ProjectData;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.SourceType;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A funded project: its money (value, grant, own contribution, yearly allocations), its period
 * (the end is the latest extension's), what it is for, where and with whom, and its events.
 */
@Entity
@Table(name = "project")
@Audited
public class Project extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	private String code;

	@ShownAs("funder")
	@Column(name = "funder_id")
	private Long funderId;

	@Column(length = 1000)
	private String programme;

	@Enumerated(EnumType.STRING)
	@Column(name = "source_type", nullable = false)
	private SourceType sourceType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status;

	@Column(name = "total_value", precision = 14, scale = 2)
	private BigDecimal value;

	@Column(name = "grant_amount", precision = 14, scale = 2)
	private BigDecimal grant;

	@Column(name = "own_contribution", precision = 14, scale = 2)
	private BigDecimal ownContribution;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(length = 4000)
	private String goal;

	@Column(length = 4000)
	private String objectives;

	@Column(name = "target_groups", length = 1000)
	private String targetGroups;

	@ShownAs("person")
	@Column(name = "responsible_person_id")
	private Long responsiblePersonId;

	@Column(length = 2000)
	private String notice;

	@Column(name = "is_public", nullable = false)
	private boolean open;

	@ShownAs("municipality")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_municipality", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "municipality_code")
	private Set<String> municipalities = new LinkedHashSet<>();

	@ShownAs("organization")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "organization_id")
	private Set<Long> partners = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_allocation", joinColumns = @JoinColumn(name = "project_id"))
	private Set<Allocation> allocations = new LinkedHashSet<>();

	@ShownAs("event")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_event", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "event_id")
	private Set<Long> eventIds = new LinkedHashSet<>();

	protected Project() {
	}

	public Project(ProjectData data) {
		apply(data);
	}

	/** Takes what was typed; the end only through {@link #extendTo} once the project exists. */
	public final void apply(ProjectData data) {
		this.name = data.name().strip();
		this.nameEn = blank(data.nameEn());
		this.code = blank(data.code());
		this.funderId = data.funderId();
		this.programme = blank(data.programme());
		this.sourceType = data.sourceType();
		this.status = data.status();
		this.value = data.value();
		this.grant = data.grant();
		this.ownContribution = data.ownContribution();
		this.startsOn = data.startsOn();
		if (getId() == null || this.endsOn == null) {
			this.endsOn = data.endsOn();
		}
		this.goal = blank(data.goal());
		this.objectives = blank(data.objectives());
		this.targetGroups = blank(data.targetGroups());
		this.responsiblePersonId = data.responsiblePersonId();
		this.notice = blank(data.notice());
		this.open = data.isPublic();
		this.municipalities.clear();
		this.municipalities.addAll(data.municipalities());
		this.partners.clear();
		this.partners.addAll(data.partners());
		this.allocations.clear();
		data.allocations().forEach((year, amount) -> this.allocations.add(new Allocation(year, amount)));
	}

	public void extendTo(LocalDate newEnd) {
		this.endsOn = newEnd;
	}

	public boolean link(long eventId) {
		return eventIds.add(eventId);
	}

	public boolean unlink(long eventId) {
		return eventIds.remove(eventId);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getCode() {
		return code;
	}

	public Long getFunderId() {
		return funderId;
	}

	public String getProgramme() {
		return programme;
	}

	public SourceType getSourceType() {
		return sourceType;
	}

	public ProjectStatus getStatus() {
		return status;
	}

	public BigDecimal getValue() {
		return value;
	}

	public BigDecimal getGrant() {
		return grant;
	}

	public BigDecimal getOwnContribution() {
		return ownContribution;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getGoal() {
		return goal;
	}

	public String getObjectives() {
		return objectives;
	}

	public String getTargetGroups() {
		return targetGroups;
	}

	public Long getResponsiblePersonId() {
		return responsiblePersonId;
	}

	public String getNotice() {
		return notice;
	}

	public boolean isOpen() {
		return open;
	}

	public Set<String> getMunicipalities() {
		return municipalities;
	}

	public Set<Long> getPartners() {
		return partners;
	}

	public Set<Allocation> getAllocations() {
		return allocations;
	}

	public Set<Long> getEventIds() {
		return eventIds;
	}
}
