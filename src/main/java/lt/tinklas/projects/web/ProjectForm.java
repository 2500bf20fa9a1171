package lt.tinklas.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.projects.ProjectData;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.SourceType;
import lt.tinklas.projects.application.Amounts;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form as typed. Amounts are kept as text (“173 552,19” or “173552.19”) so that what
 * was typed comes back beside its message; allocations are lines of “year amount”.
 */
public class ProjectForm {

	private String name;
	private String nameEn;
	private String code;
	private Long funderId;
	private String programme;
	private SourceType sourceType = SourceType.STATE_BUDGET;
	private ProjectStatus status = ProjectStatus.ONGOING;
	private String value;
	private String grant;
	private String ownContribution;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;
	private String goal;
	private String objectives;
	private String targetGroups;
	private Long responsiblePersonId;
	private String notice;
	private boolean isPublic;
	private List<String> municipalities = new ArrayList<>();
	private List<Long> partners = new ArrayList<>();
	private String allocations;
	private Long version;

	static ProjectForm of(ProjectView p) {
		ProjectForm form = new ProjectForm();
		form.name = p.name();
		form.nameEn = p.nameEn();
		form.code = p.code();
		form.funderId = p.funderId();
		form.programme = p.programme();
		form.sourceType = p.sourceType();
		form.status = p.status();
		form.value = typed(p.value());
		form.grant = typed(p.grant());
		form.ownContribution = typed(p.ownContribution());
		form.startsOn = p.startsOn();
		form.endsOn = p.endsOn();
		form.goal = p.goal();
		form.objectives = p.objectives();
		form.targetGroups = p.targetGroups();
		form.responsiblePersonId = p.responsiblePersonId();
		form.notice = p.notice();
		form.isPublic = p.isPublic();
		form.municipalities = new ArrayList<>(p.municipalities());
		form.partners = new ArrayList<>(p.partners());
		form.allocations = String.join("\n",
				p.allocations().entrySet().stream().map(e -> e.getKey() + " " + typed(e.getValue())).toList());
		form.version = p.version();
		return form;
	}

	private static String typed(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2).toPlainString().replace('.', ',');
	}

	static BigDecimal amount(String field, String text, List<FieldError> errors) {
		return Amounts.parse(field, text, true, errors);
	}

	ProjectData toData() {
		List<FieldError> errors = new ArrayList<>();
		BigDecimal v = amount("value", value, errors);
		BigDecimal g = amount("grant", grant, errors);
		BigDecimal o = amount("ownContribution", ownContribution, errors);
		Map<Integer, BigDecimal> yearly = new LinkedHashMap<>();
		if (allocations != null) {
			for (String line : allocations.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
				String[] parts = line.split("[\\s:;]+", 2);
				try {
					int year = Integer.parseInt(parts[0]);
					BigDecimal amount = parts.length < 2 ? null : amount("allocations", parts[1], errors);
					if (amount == null) {
						errors.add(new FieldError("allocations", "project.error.allocationLine", new Object[] { line }));
					}
					else {
						yearly.put(year, amount);
					}
				}
				catch (NumberFormatException e) {
					errors.add(new FieldError("allocations", "project.error.allocationLine", new Object[] { line }));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new ProjectData(name, nameEn, code, funderId, programme, sourceType, status, v, g, o, startsOn, endsOn, goal,
				objectives, targetGroups, responsiblePersonId, notice, isPublic, municipalities, partners, yearly);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Long getFunderId() {
		return funderId;
	}

	public void setFunderId(Long funderId) {
		this.funderId = funderId;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public SourceType getSourceType() {
		return sourceType;
	}

	public void setSourceType(SourceType sourceType) {
		this.sourceType = sourceType;
	}

	public ProjectStatus getStatus() {
		return status;
	}

	public void setStatus(ProjectStatus status) {
		this.status = status;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getGrant() {
		return grant;
	}

	public void setGrant(String grant) {
		this.grant = grant;
	}

	public String getOwnContribution() {
		return ownContribution;
	}

	public void setOwnContribution(String ownContribution) {
		this.ownContribution = ownContribution;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getGoal() {
		return goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public String getObjectives() {
		return objectives;
	}

	public void setObjectives(String objectives) {
		this.objectives = objectives;
	}

	public String getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(String targetGroups) {
		this.targetGroups = targetGroups;
	}

	public Long getResponsiblePersonId() {
		return responsiblePersonId;
	}

	public void setResponsiblePersonId(Long responsiblePersonId) {
		this.responsiblePersonId = responsiblePersonId;
	}

	public String getNotice() {
		return notice;
	}

	public void setNotice(String notice) {
		this.notice = notice;
	}

	public boolean isIsPublic() {
		return isPublic;
	}

	public void setIsPublic(boolean isPublic) {
		this.isPublic = isPublic;
	}

	public List<String> getMunicipalities() {
		return municipalities;
	}

	public void setMunicipalities(List<String> municipalities) {
		this.municipalities = municipalities == null ? new ArrayList<>() : municipalities;
	}

	public List<Long> getPartners() {
		return partners;
	}

	public void setPartners(List<Long> partners) {
		this.partners = partners == null ? new ArrayList<>() : partners;
	}

	public String getAllocations() {
		return allocations;
	}

	public void setAllocations(String allocations) {
		this.allocations = allocations;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
