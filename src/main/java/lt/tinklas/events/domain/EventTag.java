package lt.tinklas.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A tag the network uses to group events ("special training", "children's day centres"). */
@Entity
@Table(name = "event_tag")
@Audited
public class EventTag extends TenantOwned {

	@Column(nullable = false)
	private String name;

	protected EventTag() {
	}

	public EventTag(String name) {
		this.name = name.strip();
	}

	public String getName() {
		return name;
	}
}
