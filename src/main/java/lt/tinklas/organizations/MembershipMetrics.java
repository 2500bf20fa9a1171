package lt.tinklas.organizations;

import java.math.BigDecimal;
import java.util.List;

import java.util.Map;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.MetricSource;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Membership figures: organizations accepted or gone in a period (by the day recorded in their
 * membership history), and the members active on the period's last day.
 */
@Component
class MembershipMetrics implements MetricSource {

	/** Members accepted in the period on an application that named an invitation (a campaign's letter). */
	static final String FROM_INVITATIONS = "members.fromInvitations";

	private static final String INVITED = """
			from membership_application a
			join organization o on o.id = a.organization_id and o.network_id = a.network_id
			where a.network_id = ? and a.status = 'ACCEPTED' and a.invitation_code is not null
			  and a.decided_on between ? and ?""";

	private final JdbcClient jdbc;
	private final NetworkLookup networks;
	private final OrganizationDirectory directory;

	MembershipMetrics(JdbcClient jdbc, NetworkLookup networks, OrganizationDirectory directory) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.directory = directory;
	}

	@Override
	public List<MetricDefinition> definitions() {
		return List.of(new MetricDefinition("members.accepted", "metric.members.accepted", List.of()),
				new MetricDefinition("members.left", "metric.members.left", List.of()),
				new MetricDefinition("members.active", "metric.members.active", List.of()),
				new MetricDefinition(FROM_INVITATIONS, "metric.members.fromInvitations", List.of()));
	}

	@Override
	public Map<String, MessageSourceResolvable> choices(String parameter, long networkId) {
		return Map.of();
	}

	@Override
	public MetricResult compute(String key, MetricQuery query) {
		String base = "/n/" + networks.slugOf(query.networkId()) + "/organizations/";
		if (key.equals("members.active")) {
			List<OrganizationDirectory.Member> active = Tenancy.runAs(query.networkId(),
					() -> directory.members(query.to()));
			return new MetricResult(BigDecimal.valueOf(active.size()), active.stream()
				.map(o -> new MetricResult.Evidence(o.since(), o.name(), base + o.id()))
				.toList());
		}
		if (key.equals(FROM_INVITATIONS)) {
			List<MetricResult.Evidence> invited = jdbc.sql("select a.decided_on, o.name, o.id " + INVITED
					+ " order by a.decided_on, o.name")
				.params(query.networkId(), query.from(), query.to())
				.query((rs, i) -> new MetricResult.Evidence(rs.getDate(1).toLocalDate(), rs.getString(2),
						base + rs.getLong(3)))
				.list();
			return new MetricResult(BigDecimal.valueOf(invited.size()), invited);
		}
		String change = change(key);
		List<MetricResult.Evidence> records = jdbc.sql("""
				select m.happened_on, o.name, o.id from membership_record m
				join organization o on o.id = m.organization_id and o.network_id = m.network_id
				where m.network_id = ? and m.change_kind = ? and m.happened_on between ? and ?
				order by m.happened_on, o.name""")
			.params(query.networkId(), change, query.from(), query.to())
			.query((rs, i) -> new MetricResult.Evidence(rs.getDate(1).toLocalDate(), rs.getString(2),
					base + rs.getLong(3)))
			.list();
		return new MetricResult(BigDecimal.valueOf(records.size()), records);
	}

	/** Only the number: the members counted, or the steps, without listing them. */
	@Override
	public BigDecimal value(String key, MetricQuery query) {
		if (key.equals("members.active")) {
			return BigDecimal.valueOf(Tenancy.runAs(query.networkId(), () -> directory.total(
					new OrganizationFilter(null, null, null, null, MembershipStatus.MEMBER, query.to()), query.to())));
		}
		if (key.equals(FROM_INVITATIONS)) {
			return BigDecimal.valueOf(jdbc.sql("select count(*) " + INVITED)
				.params(query.networkId(), query.from(), query.to())
				.query(Long.class)
				.single());
		}
		return BigDecimal.valueOf(jdbc.sql("""
				select count(*) from membership_record m
				where m.network_id = ? and m.change_kind = ? and m.happened_on between ? and ?""")
			.params(query.networkId(), change(key), query.from(), query.to())
			.query(Long.class)
			.single());
	}

	private static String change(String key) {
		return switch (key) {
			case "members.accepted" -> MembershipChange.ACCEPTED.name();
			case "members.left" -> MembershipChange.LEFT.name();
			default -> throw new IllegalArgumentException("Unknown metric " + key);
		};
	}
}
