package lt.tinklas.publishing.web;

/** What the page and post forms share: the texts the preview shows, and the version an edit was read at. */
interface SiteTextForm {

	String body();

	String bodyEn();

	Long version();
}
