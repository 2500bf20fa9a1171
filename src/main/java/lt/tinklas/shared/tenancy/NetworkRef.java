package lt.tinklas.shared.tenancy;

/** What every layer needs to know about the network a request is in. */
public record NetworkRef(long id, String slug, String name, boolean platformAdminMayRead, String nameEn) {

	/** The name in the reader's language: the English one in English when the network gave one. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
	}
}
