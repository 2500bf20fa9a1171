package lt.tinklas.projects;


/** A funder; {@code hasLogo} says whether a logo file is kept for its notices. */
public record FunderView(long id, long version, String name, String nameEn, SourceType sourceType, boolean hasLogo) {

	public String name(String language) {
		return "en".equals(language) && nameEn != null ? nameEn : name;
	}
}
