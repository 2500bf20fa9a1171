package lt.tinklas.identity.application;

import java.util.List;

import lt.tinklas.shared.personal.LegalBasis;
import lt.tinklas.shared.personal.ProcessingDeclaration;
import lt.tinklas.shared.personal.ProcessingRecord;
import org.springframework.stereotype.Component;

/** The identity module's entries in the register of processing; their texts are in its message bundle. */
@Component
class AccountProcessing implements ProcessingDeclaration {

	@Override
	public List<ProcessingRecord> processing() {
		return List.of(new ProcessingRecord("userAccounts", LegalBasis.LEGITIMATE_INTERESTS));
	}
}
