package lt.tinklas.publishing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A page of the public site, in Lithuanian and optionally English, its body in Markdown. The pages
 * {@code about} and {@code contacts} are shown under the network's own mission and contacts; a
 * draft page is not public.
 */
@Entity
@Table(name = "site_page")
@Audited
public class SitePage extends TenantOwned {

	@Column(nullable = false, length = 80)
	private String slug;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "title_en", length = 300)
	private String titleEn;

	@Column(length = 300)
	private String description;

	@Column(name = "description_en", length = 300)
	private String descriptionEn;

	@Column(length = 20_000)
	private String body;

	@Column(name = "body_en", length = 20_000)
	private String bodyEn;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "menu_position", nullable = false)
	private int position;

	protected SitePage() {
	}

	public SitePage(String slug) {
		this.slug = slug;
	}

	public void change(String title, String titleEn, String description, String descriptionEn, String body,
			String bodyEn, boolean published, int position) {
		this.title = title;
		this.titleEn = titleEn;
		this.description = description;
		this.descriptionEn = descriptionEn;
		this.body = body;
		this.bodyEn = bodyEn;
		this.published = published;
		this.position = position;
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

	public String getDescription() {
		return description;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public String getBody() {
		return body;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public boolean isPublished() {
		return published;
	}

	public int getPosition() {
		return position;
	}
}
