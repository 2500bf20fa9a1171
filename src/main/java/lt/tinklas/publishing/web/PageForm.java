package lt.tinklas.publishing.web;

import lt.tinklas.publishing.Site;

/** A site page as typed in its form. */
public class PageForm {

	private String slug;
	private String title;
	private String titleEn;
	private String description;
	private String descriptionEn;
	private String body;
	private String bodyEn;
	private boolean published;
	private Integer position = 0;
	private Long version;

	static PageForm of(Site.PageView page) {
		PageForm form = new PageForm();
		form.slug = page.slug();
		form.title = page.title();
		form.titleEn = page.titleEn();
		form.description = page.description();
		form.descriptionEn = page.descriptionEn();
		form.body = page.body();
		form.bodyEn = page.bodyEn();
		form.published = page.published();
		form.position = page.position();
		form.version = page.version();
		return form;
	}

	Site.PageData data() {
		return new Site.PageData(slug, title, titleEn, description, descriptionEn, body, bodyEn, published, position);
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
