package lt.tinklas.shared.personal;

import java.util.List;
import java.util.Locale;

/**
 * A module that keeps records about people: it answers a person's export and takes part in their
 * erasure. The people module asks every holder, so a new module's records are never left out of
 * either; each holder reads and writes only the subject's network.
 */
public interface PersonalDataHolder {

	/** What the module holds about the person, in the person's language; empty parts are left out. */
	List<ExportSection> export(DataSubject subject, Locale locale);

	/** What the erasure would remove and what it would keep, kinds with no records left out. */
	List<ErasureEffect> erasureEffects(DataSubject subject);

	/**
	 * Removes what identifies the person from the module's records, their audit rows included, and
	 * keeps what counts for the network's figures; runs in the erasure's transaction.
	 */
	void erase(DataSubject subject);
}
