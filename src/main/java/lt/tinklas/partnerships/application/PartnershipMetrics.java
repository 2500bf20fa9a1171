package lt.tinklas.partnerships.application;

import java.math.BigDecimal;
import java.util.List;

import java.util.Map;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.MetricSource;
import lt.tinklas.partnerships.MunicipalAgreements;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The agreements' figures for reports: agreements signed within the period, and agreements in
 * force on the period's last day.
 */
@Component
class PartnershipMetrics implements MetricSource {

	private final MunicipalAgreements agreements;
	private final NetworkLookup networks;

	PartnershipMetrics(MunicipalAgreements agreements, NetworkLookup networks) {
		this.agreements = agreements;
		this.networks = networks;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of(new MetricDefinition("partnerships.signed", "metric.partnerships.signed", List.of()),
				new MetricDefinition("partnerships.inForce", "metric.partnerships.inForce", List.of()));
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(String parameter, long networkId) {
		return Map.of();
	}

	@Override
	public MetricResult compute(String key, MetricQuery query) {
		String base = "/n/" + networks.slugOf(query.networkId()) + "/municipal-agreements/";
		return Tenancy.runAs(query.networkId(), () -> {
			List<AgreementView> counted = switch (key) {
				case "partnerships.signed" -> agreements.signedBetween(query.from(), query.to());
				case "partnerships.inForce" -> agreements.inForce(query.to());
				default -> throw new IllegalArgumentException("Unknown metric " + key);
			};
			return new MetricResult(BigDecimal.valueOf(counted.size()), counted.stream()
				.map(a -> new MetricResult.Evidence(a.signedOn(), a.municipalityName(), base + a.id()))
				.toList());
		});
	}
}
