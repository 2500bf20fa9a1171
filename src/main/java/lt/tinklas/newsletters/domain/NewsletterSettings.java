package lt.tinklas.newsletters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A network's sending settings: how many mails a minute its SMTP provider takes. */
@Entity
@Table(name = "newsletter_settings")
@Audited
public class NewsletterSettings extends TenantOwned {

	/** The rate a network has before it sets one. */
	public static final int DEFAULT_RATE = 60;

	@Column(name = "rate_per_minute", nullable = false)
	private int ratePerMinute = DEFAULT_RATE;

	public NewsletterSettings() {
	}

	public int getRatePerMinute() {
		return ratePerMinute;
	}

	public void setRatePerMinute(int ratePerMinute) {
		this.ratePerMinute = ratePerMinute;
	}
}
