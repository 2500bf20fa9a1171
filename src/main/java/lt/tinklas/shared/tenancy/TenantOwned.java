package lt.tinklas.shared.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import lt.tinklas.shared.history.Versioned;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * A record that belongs to one network. Hibernate fills the network on insert and adds it to
 * every query; a record of another network cannot be loaded, changed or deleted through JPA.
 */
@MappedSuperclass
@Audited
public abstract class TenantOwned extends Versioned {

	@TenantId
	@Column(name = "network_id", nullable = false, updatable = false)
	private Long networkId;

	public Long getNetworkId() {
		return networkId;
	}
}
