package lt.tinklas.strategy.domain;

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
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import lt.tinklas.strategy.Comparison;
import org.hibernate.envers.Audited;

/**
 * A measurable sign of an expected result: its yearly targets and where its actual comes from (a
 * metric with parameters, or values entered by hand when {@code metricKey} is empty).
 */
@Entity
@Table(name = "strategy_indicator")
@Audited
public class Indicator extends TenantOwned {

	@Column(name = "node_id", nullable = false, updatable = false)
	private Long nodeId;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	private String unit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Comparison comparison;

	@Column(name = "metric_key")
	private String metricKey;

	/** The metric's parameters as {@code name=value} pairs joined by {@code &}. */
	@ShownAs("metricParameters")
	@Column(name = "metric_parameters", length = 1000)
	private String metricParameters;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "strategy_indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
	private Set<IndicatorTarget> targets = new LinkedHashSet<>();

	protected Indicator() {
	}

	public Indicator(Long nodeId) {
		this.nodeId = nodeId;
	}

	public void define(String name, String nameEn, String unit, Comparison comparison, String metricKey,
			String metricParameters, Set<IndicatorTarget> targets) {
		this.name = name.strip();
		this.nameEn = Strategy.blankToNull(nameEn);
		this.unit = Strategy.blankToNull(unit);
		this.comparison = comparison;
		this.metricKey = Strategy.blankToNull(metricKey);
		this.metricParameters = this.metricKey == null ? null : Strategy.blankToNull(metricParameters);
		this.targets.clear();
		this.targets.addAll(targets);
	}

	public Long getNodeId() {
		return nodeId;
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getUnit() {
		return unit;
	}

	public Comparison getComparison() {
		return comparison;
	}

	public String getMetricKey() {
		return metricKey;
	}

	public String getMetricParameters() {
		return metricParameters;
	}

	public Set<IndicatorTarget> getTargets() {
		return targets;
	}
}
