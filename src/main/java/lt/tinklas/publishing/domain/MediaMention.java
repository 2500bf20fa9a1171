package lt.tinklas.publishing.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** The network in the media: the outlet, the title of the piece, its link and its date. */
@Entity
@Table(name = "media_mention")
@Audited
public class MediaMention extends TenantOwned {

	@Column(nullable = false, length = 200)
	private String outlet;

	@Column(nullable = false, length = 500)
	private String title;

	@Column(length = 1000)
	private String url;

	@Column(name = "mentioned_on", nullable = false)
	private LocalDate mentionedOn;

	protected MediaMention() {
	}

	public MediaMention(String outlet, String title, String url, LocalDate mentionedOn) {
		this.outlet = outlet;
		this.title = title;
		this.url = url;
		this.mentionedOn = mentionedOn;
	}

	public String getOutlet() {
		return outlet;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public LocalDate getMentionedOn() {
		return mentionedOn;
	}
}
