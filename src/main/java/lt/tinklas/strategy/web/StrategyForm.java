package lt.tinklas.strategy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lt.tinklas.strategy.StrategyData;
import lt.tinklas.strategy.StrategyView;
import org.springframework.format.annotation.DateTimeFormat;

/** The strategy heading form as typed. */
public class StrategyForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 300)
	private String titleEn;

	@NotNull
	@Min(1990)
	@Max(2200)
	private Integer fromYear;

	@NotNull
	@Min(1990)
	@Max(2200)
	private Integer toYear;

	@Size(max = 300)
	private String approvedBy;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate approvedOn;

	@Size(max = 4000)
	private String mission;

	@Size(max = 4000)
	private String vision;

	@Size(max = 4000)
	private String values;

	private Long version;

	static StrategyForm of(StrategyView s) {
		StrategyForm form = new StrategyForm();
		form.title = s.title();
		form.titleEn = s.titleEn();
		form.fromYear = s.fromYear();
		form.toYear = s.toYear();
		form.approvedBy = s.approvedBy();
		form.approvedOn = s.approvedOn();
		form.mission = s.mission();
		form.vision = s.vision();
		form.values = String.join("\n", s.values());
		form.version = s.version();
		return form;
	}

	StrategyData toData() {
		return new StrategyData(title, titleEn, fromYear, toYear, approvedBy, approvedOn, mission, vision, values);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public Integer getFromYear() {
		return fromYear;
	}

	public void setFromYear(Integer fromYear) {
		this.fromYear = fromYear;
	}

	public Integer getToYear() {
		return toYear;
	}

	public void setToYear(Integer toYear) {
		this.toYear = toYear;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public void setApprovedBy(String approvedBy) {
		this.approvedBy = approvedBy;
	}

	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	public void setApprovedOn(LocalDate approvedOn) {
		this.approvedOn = approvedOn;
	}

	public String getMission() {
		return mission;
	}

	public void setMission(String mission) {
		this.mission = mission;
	}

	public String getVision() {
		return vision;
	}

	public void setVision(String vision) {
		this.vision = vision;
	}

	public String getValues() {
		return values;
	}

	public void setValues(String values) {
		this.values = values;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
