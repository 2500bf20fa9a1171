package lt.tinklas.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.identity.Role;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.history.Versioned;
import org.hibernate.envers.Audited;

/**
 * A user's role in a network; every change is in the audit log. Roles are read across networks
 * at sign-in, so the network is an explicit column here and {@link NetworkRoleRecords} only offers
 * queries that name it.
 */
@Entity
@Table(name = "network_role")
@Audited
public class NetworkRole extends Versioned {

	@Column(name = "network_id", nullable = false, updatable = false)
	private Long networkId;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@ShownAs("organization")
	@Column(name = "organization_id")
	private Long organizationId;

	protected NetworkRole() {
	}

	public NetworkRole(Long networkId, Long userId, Role role, Long organizationId) {
		this.networkId = networkId;
		this.userId = userId;
		this.role = role;
		this.organizationId = organizationId;
	}

	public Long getNetworkId() {
		return networkId;
	}

	public Long getUserId() {
		return userId;
	}

	public Role getRole() {
		return role;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public void change(Role role, Long organizationId) {
		this.role = role;
		this.organizationId = organizationId;
	}
}
