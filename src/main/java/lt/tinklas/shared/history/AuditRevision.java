package lt.tinklas.shared.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change set: when, by whom, in which network. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "changed_at", nullable = false)
	private long changedAt;

	@Column(name = "changed_by")
	private String changedBy;

	@Column(name = "network_id")
	private Long networkId;

	public Long getId() {
		return id;
	}

	public long getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	void setChangedBy(String changedBy) {
		this.changedBy = changedBy;
	}

	public Long getNetworkId() {
		return networkId;
	}

	void setNetworkId(Long networkId) {
		this.networkId = networkId;
	}
}
