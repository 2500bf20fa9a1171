package lt.tinklas.people.application;

import java.util.List;

import lt.tinklas.shared.personal.LegalBasis;
import lt.tinklas.shared.personal.ProcessingDeclaration;
import lt.tinklas.shared.personal.ProcessingRecord;
import org.springframework.stereotype.Component;

/** The people module's entries in the register of processing; their texts are in its message bundle. */
@Component
class PeopleProcessing implements ProcessingDeclaration {

	@Override
	public List<ProcessingRecord> processing() {
		return List.of(new ProcessingRecord("personContacts", LegalBasis.LEGITIMATE_INTERESTS),
				new ProcessingRecord("consents", LegalBasis.CONSENT));
	}
}
