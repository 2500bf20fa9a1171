package lt.tinklas.identity.factors;

import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a network requires a second factor (a passkey or one-time codes) of its staff and admins. */
@Service
public class SecondFactorPolicy {

	private final JdbcClient jdbc;

	SecondFactorPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean required(long networkId) {
		return Tenancy.runAs(networkId, () -> jdbc
			.sql("select second_factor_required from network_security_policy where network_id = ?")
			.param(networkId)
			.query(Boolean.class)
			.optional()
			.orElse(false));
	}

	@Transactional
	public void require(long networkId, boolean required, long byUserId) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int updated = jdbc.sql("update network_security_policy set second_factor_required = ?, updated_at = ?, updated_by = ? where network_id = ?")
			.params(required, now, byUserId, networkId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into network_security_policy (network_id, second_factor_required, updated_at, updated_by) values (?, ?, ?, ?)")
				.params(networkId, required, now, byUserId)
				.update();
		}
	}

	/** Whether any network where the user is staff or an admin requires a second factor. */
	@Transactional(readOnly = true)
	public boolean requiredOfStaff(long userId) {
		return PlatformWide.run(() -> jdbc.sql("""
				select count(*) from network_role r join network_security_policy p on p.network_id = r.network_id
				where r.user_id = ? and r.role in ('NETWORK_ADMIN', 'STAFF') and p.second_factor_required""")
			.param(userId)
			.query(Integer.class)
			.single()) > 0;
	}
}
