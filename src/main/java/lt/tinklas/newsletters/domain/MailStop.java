package lt.tinklas.newsletters.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** An address that gets no more mailings, since when and why; the history keeps its clearing. */
@Entity
@Table(name = "mail_stop")
@Audited
public class MailStop extends TenantOwned {

	@Column(nullable = false)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StopReason reason;

	@Column(nullable = false)
	private Instant since;

	@ShownAs("mailing")
	@Column(name = "mailing_id")
	private Long mailingId;

	protected MailStop() {
	}

	public MailStop(String email, StopReason reason, Instant since, Long mailingId) {
		this.email = email;
		this.reason = reason;
		this.since = since;
		this.mailingId = mailingId;
	}

	public String getEmail() {
		return email;
	}

	public StopReason getReason() {
		return reason;
	}

	public Instant getSince() {
		return since;
	}

	public Long getMailingId() {
		return mailingId;
	}
}
