package lt.tinklas.publishing.web;

import lt.tinklas.publishing.Site;

/** A site page as typed in its form. */
public record PageForm(
		String slug,
		String title,
		String titleEn,
		String description,
		String descriptionEn,
		String body,
		String bodyEn,
		Boolean published,
		Integer position,
		Long version) implements SiteTextForm {

	public PageForm {
		// a box left unticked, or not on the page at all, is false
		published = Boolean.TRUE.equals(published);
	}

	/** A new page's form: first in the menu, not published. */
	static PageForm empty() {
		return new PageForm(null, null, null, null, null, null, null, false, 0, null);
	}

	static PageForm of(Site.PageView page) {
		return new PageForm(page.slug(), page.title(), page.titleEn(), page.description(), page.descriptionEn(),
				page.body(), page.bodyEn(), page.published(), page.position(), page.version());
	}

	Site.PageData data() {
		return new Site.PageData(slug, title, titleEn, description, descriptionEn, body, bodyEn, published, position);
	}
}
