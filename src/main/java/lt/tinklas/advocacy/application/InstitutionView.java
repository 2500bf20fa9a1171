package lt.tinklas.advocacy.application;

import lt.tinklas.advocacy.InstitutionKind;

/** An institution as pages and the API show it. */
public record InstitutionView(long id, long version, String name, String nameEn, InstitutionKind kind, String municipality) {

	public String name(String language) {
		return "en".equals(language) && nameEn != null ? nameEn : name;
	}
}
