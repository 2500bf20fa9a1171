package lt.tinklas.shared.personal;

import java.util.List;

/**
 * A module's entries in the register of processing: what personal data it keeps, whose, why, on
 * which legal basis and for how long. Every module that holds personal data (a
 * {@link PersonalDataHolder}) declares at least one; the platform admin's register lists them all.
 */
public interface ProcessingDeclaration {

	List<ProcessingRecord> processing();
}
