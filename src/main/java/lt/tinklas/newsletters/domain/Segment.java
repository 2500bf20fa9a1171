package lt.tinklas.newsletters.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * An audience saved by name: its parts (kept as JSON, see {@code SegmentParts}) and whether a
 * person must be in all included parts or in any of them.
 */
@Entity
@Table(name = "segment")
@Audited
public class Segment extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(name = "match_all", nullable = false)
	private boolean matchAll;

	@ShownAs("segmentParts")
	@Column(nullable = false)
	private String parts;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected Segment() {
	}

	public Segment(String name, boolean matchAll, String parts) {
		update(name, matchAll, parts);
	}

	public void update(String name, boolean matchAll, String parts) {
		this.name = name;
		this.matchAll = matchAll;
		this.parts = parts;
	}

	public String getName() {
		return name;
	}

	public boolean isMatchAll() {
		return matchAll;
	}

	public String getParts() {
		return parts;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
