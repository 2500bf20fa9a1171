package lt.tinklas.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Municipality;
import lt.tinklas.partnerships.application.AnalysisView;
import lt.tinklas.partnerships.application.StoredFile;
import lt.tinklas.partnerships.domain.MunicipalAnalysis;
import lt.tinklas.partnerships.domain.MunicipalAnalysisRecords;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Analyses and plans the network made for a municipality: title, date, file, whom it was presented to. */
@Service
public class MunicipalAnalyses {

	private final MunicipalAnalysisRecords analyses;
	private final Municipalities municipalities;

	MunicipalAnalyses(MunicipalAnalysisRecords analyses, Municipalities municipalities) {
		this.analyses = analyses;
		this.municipalities = municipalities;
	}

	/** All analyses, the latest first. */
	@Transactional(readOnly = true)
	public List<AnalysisView> list() {
		return analyses.findAllByOrderByMadeOnDesc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public List<AnalysisView> ofMunicipality(String municipality) {
		return list().stream().filter(a -> a.municipality().equals(municipality)).toList();
	}

	/**
	 * Records an analysis; the file (PDF or DOCX, up to 10 MB) may be left out. A wrong file refuses
	 * the whole analysis, so nothing is half kept.
	 */
	@Transactional
	public AnalysisView create(String municipality, String title, LocalDate madeOn, String presentedTo,
			String fileName, byte[] content) {
		List<FieldError> errors = new ArrayList<>();
		String code = municipality == null ? "" : municipality.strip();
		if (code.isEmpty()) {
			errors.add(new FieldError("municipality", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		else if (municipalities.byIso(code).isEmpty()) {
			errors.add(new FieldError("municipality", "partnerships.error.unknownMunicipality", new Object[] { code }));
		}
		if (title == null || title.isBlank()) {
			errors.add(new FieldError("title", "jakarta.validation.constraints.NotBlank.message", new Object[0]));
		}
		else if (title.strip().length() > 300) {
			errors.add(new FieldError("title", "common.error.tooLong", new Object[] { 300 }));
		}
		if (madeOn == null) {
			errors.add(new FieldError("madeOn", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		if (presentedTo != null && presentedTo.strip().length() > 500) {
			errors.add(new FieldError("presentedTo", "common.error.tooLong", new Object[] { 500 }));
		}
		String type = null;
		boolean hasFile = content != null && content.length > 0;
		if (hasFile) {
			try {
				type = AgreementFiles.check("file", fileName, content);
			}
			catch (InvalidInputException e) {
				errors.addAll(e.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		MunicipalAnalysis analysis = new MunicipalAnalysis(code, title.strip(), madeOn,
				presentedTo == null || presentedTo.isBlank() ? null : presentedTo.strip());
		if (hasFile) {
			analysis.keepFile(AgreementFiles.name(fileName), type, content);
		}
		return view(analyses.saveAndFlush(analysis));
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(long id) {
		MunicipalAnalysis analysis = analyses.findById(id).orElseThrow(() -> new NotFoundException("Analysis"));
		return analysis.getContent() == null ? Optional.empty()
				: Optional.of(new StoredFile(analysis.getFileName(), analysis.getContentType(), analysis.getContent()));
	}

	private AnalysisView view(MunicipalAnalysis a) {
		return new AnalysisView(a.getId(), a.getMunicipalityCode(),
				municipalities.byIso(a.getMunicipalityCode()).map(Municipality::name).orElse(a.getMunicipalityCode()),
				a.getTitle(), a.getMadeOn(), a.getPresentedTo(), a.getFileName());
	}
}
