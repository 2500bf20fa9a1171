package lt.tinklas.publishing.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A news post: a title, a lead and a Markdown body in Lithuanian (English optional), a picture with
 * its alt text, and the time it goes public. A draft is never public; a post published for a later
 * time (scheduled) becomes public when that time comes.
 */
@Entity
@Table(name = "news_post")
@Audited
public class NewsPost extends TenantOwned {

	@Column(nullable = false, length = 120)
	private String slug;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "title_en", length = 300)
	private String titleEn;

	@Column(name = "lead_text", length = 1000)
	private String lead;

	@Column(name = "lead_en", length = 1000)
	private String leadEn;

	@Column(length = 20_000)
	private String body;

	@Column(name = "body_en", length = 20_000)
	private String bodyEn;

	@Column(name = "publish_at", nullable = false)
	private OffsetDateTime publishAt;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "image_alt", length = 500)
	private String imageAlt;

	@Column(name = "image_alt_en", length = 500)
	private String imageAltEn;

	@NotAudited
	@Column(name = "image_content_type", length = 100)
	private String imageContentType;

	// the picture itself is not kept in the history; its alt text is
	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "image", length = 5_000_000)
	private byte[] image;

	protected NewsPost() {
	}

	public NewsPost(String slug) {
		this.slug = slug;
	}

	public void change(String title, String titleEn, String lead, String leadEn, String body, String bodyEn,
			OffsetDateTime publishAt, boolean published) {
		this.title = title;
		this.titleEn = titleEn;
		this.lead = lead;
		this.leadEn = leadEn;
		this.body = body;
		this.bodyEn = bodyEn;
		this.publishAt = publishAt;
		this.published = published;
	}

	public void showImage(String contentType, byte[] content, String alt, String altEn) {
		this.imageContentType = contentType;
		this.image = content;
		this.imageAlt = alt;
		this.imageAltEn = altEn;
	}

	public void describeImage(String alt, String altEn) {
		this.imageAlt = alt;
		this.imageAltEn = altEn;
	}

	public void removeImage() {
		showImage(null, null, null, null);
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getLead() {
		return lead;
	}

	public String getLeadEn() {
		return leadEn;
	}

	public String getBody() {
		return body;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public OffsetDateTime getPublishAt() {
		return publishAt;
	}

	public boolean isPublished() {
		return published;
	}

	public String getImageAlt() {
		return imageAlt;
	}

	public String getImageAltEn() {
		return imageAltEn;
	}

	public String getImageContentType() {
		return imageContentType;
	}

	public byte[] getImage() {
		return image;
	}

	public boolean hasImage() {
		return image != null;
	}
}
