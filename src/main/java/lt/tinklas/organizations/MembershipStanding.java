package lt.tinklas.organizations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import lt.tinklas.organizations.application.ApplicationStatus;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the network stands with organizations it may not yet know as members, by legal code: for
 * finding where members are missing and whom to invite. Two queries for the whole network, each
 * naming it; the membership on a day is the last step on or before it.
 */
@Service
public class MembershipStanding {

	/**
	 * An organization by its legal code: its membership on the day (NOT_MEMBER for one only known
	 * from an application), and its last application's outcome: waiting, refused, or neither.
	 */
	public record Known(String legalCode, Long organizationId, String name, MembershipStatus membership,
			boolean applicationWaiting, boolean applicationRefused) {
	}

	/** The members on a day by their seat's municipality and by each municipality they work in (ISO codes). */
	public record MembersIn(Map<String, Long> bySeat, Map<String, Long> byWork) {
	}

	private static final String LAST_STEP = """
			(select m.change_kind from membership_record m
			 where m.network_id = o.network_id and m.organization_id = o.id and m.happened_on <= :day
			 order by m.happened_on desc, m.id desc limit 1)""";

	private final JdbcClient jdbc;

	MembershipStanding(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<String, Known> byLegalCode(LocalDate day) {
		Map<String, Known> known = new HashMap<>();
		jdbc.sql("select o.legal_code, o.id, o.name, " + LAST_STEP + " from organization o where o.network_id = :network")
			.param("network", Tenancy.require())
			.param("day", day)
			.query(rs -> {
				String step = rs.getString(4);
				MembershipStatus status = step == null ? MembershipStatus.NOT_MEMBER
						: MembershipStatus.after(MembershipChange.valueOf(step));
				known.put(rs.getString(1), new Known(rs.getString(1), rs.getLong(2), rs.getString(3), status, false, false));
			});
		// the applications in order, so the last one of a code decides what is shown
		jdbc.sql("""
				select a.legal_code, a.name, a.status from membership_application a
				where a.network_id = :network and a.applied_on <= :day order by a.applied_on, a.id""")
			.param("network", Tenancy.require())
			.param("day", day)
			.query(rs -> {
				String code = rs.getString(1);
				Known before = known.get(code);
				boolean waiting = ApplicationStatus.PENDING.name().equals(rs.getString(3));
				boolean refused = ApplicationStatus.REJECTED.name().equals(rs.getString(3));
				known.put(code, before == null
						? new Known(code, null, rs.getString(2), MembershipStatus.NOT_MEMBER, waiting, refused)
						: new Known(code, before.organizationId(), before.name(), before.membership(), waiting, refused));
			});
		return known;
	}

	@Transactional(readOnly = true)
	public MembersIn membersIn(LocalDate day) {
		Map<String, Long> bySeat = new HashMap<>();
		Map<String, Long> byWork = new HashMap<>();
		String members = "select o.id, o.seat_municipality from organization o where o.network_id = :network and "
				+ LAST_STEP + " in ('ACCEPTED', 'REINSTATED')";
		jdbc.sql("select c.seat_municipality, count(*) from (" + members + ") c where c.seat_municipality is not null"
				+ " group by c.seat_municipality")
			.param("network", Tenancy.require())
			.param("day", day)
			.query(rs -> {
				bySeat.put(rs.getString(1), rs.getLong(2));
			});
		jdbc.sql("select w.municipality, count(distinct c.id) from (" + members + ") c"
				+ " join organization_municipality w on w.organization_id = c.id group by w.municipality")
			.param("network", Tenancy.require())
			.param("day", day)
			.query(rs -> {
				byWork.put(rs.getString(1), rs.getLong(2));
			});
		return new MembersIn(bySeat, byWork);
	}
}
