package lt.tinklas.shared.personal;

/**
 * One processing activity of a module for the register of processing (GDPR Article 30): its texts
 * are the messages {@code processing.<key>.name}, {@code .subjects} (whose data), {@code .categories}
 * (what data), {@code .purpose} and {@code .retention} (how long it is kept), in the module's bundle;
 * the key is one word, unique over the modules ({@code eventParticipation}).
 */
public record ProcessingRecord(String key, LegalBasis basis) {

	/** The message keys of the activity's texts, in the order the register shows them. */
	public static final String[] PARTS = { "name", "subjects", "categories", "purpose", "retention" };

	public String message(String part) {
		return "processing." + key + "." + part;
	}
}
