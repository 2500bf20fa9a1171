package lt.tinklas.advocacy.application;

/** A priority advocacy direction. */
public record DirectionView(long id, String name, String nameEn) {

	public String name(String language) {
		return "en".equals(language) && nameEn != null ? nameEn : name;
	}
}
