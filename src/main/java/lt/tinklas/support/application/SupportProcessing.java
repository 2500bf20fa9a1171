package lt.tinklas.support.application;

import java.util.List;

import lt.tinklas.shared.personal.LegalBasis;
import lt.tinklas.shared.personal.ProcessingDeclaration;
import lt.tinklas.shared.personal.ProcessingRecord;
import org.springframework.stereotype.Component;

/** The support module's entries in the register of processing; their texts are in its message bundle. */
@Component
class SupportProcessing implements ProcessingDeclaration {

	@Override
	public List<ProcessingRecord> processing() {
		return List.of(new ProcessingRecord("consultations", LegalBasis.LEGITIMATE_INTERESTS));
	}
}
