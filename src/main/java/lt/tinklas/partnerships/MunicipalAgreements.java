package lt.tinklas.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Municipality;
import lt.tinklas.partnerships.application.AgreementView;
import lt.tinklas.partnerships.application.StoredFile;
import lt.tinklas.partnerships.domain.MunicipalAgreement;
import lt.tinklas.partnerships.domain.MunicipalAgreementRecords;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's cooperation agreements with municipalities. Only one agreement with a municipality
 * may be in force at a time: the signed periods (signed on to valid until, or without end) of
 * signed and ended agreements with the same municipality may not overlap.
 */
@Service
public class MunicipalAgreements {

	private final MunicipalAgreementRecords agreements;
	private final Municipalities municipalities;
	private final RecordHistory history;

	MunicipalAgreements(MunicipalAgreementRecords agreements, Municipalities municipalities, RecordHistory history) {
		this.agreements = agreements;
		this.municipalities = municipalities;
		this.history = history;
	}

	/** All agreements, by municipality name, the latest signed first within one. */
	@Transactional(readOnly = true)
	public List<AgreementView> list() {
		var collator = SearchText.collator();
		return agreements.findAll()
			.stream()
			.map(this::view)
			.sorted(Comparator.comparing(AgreementView::municipalityName, collator)
				.thenComparing(AgreementView::signedOn, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder())))
			.toList();
	}

	/** Agreements with a status and in a county (either may be null: any). */
	@Transactional(readOnly = true)
	public List<AgreementView> list(AgreementStatus status, String countyIso) {
		return list().stream()
			.filter(a -> status == null || a.status() == status)
			.filter(a -> countyIso == null || countyIso.isBlank() || countyIso.equals(a.countyIso()))
			.toList();
	}

	/** The agreements in force on a day. */
	@Transactional(readOnly = true)
	public List<AgreementView> inForce(LocalDate day) {
		return list().stream().filter(a -> a.inForceOn(day)).toList();
	}

	/** The agreements signed within a period (both days included), in signing order. */
	@Transactional(readOnly = true)
	public List<AgreementView> signedBetween(LocalDate from, LocalDate to) {
		return list().stream()
			.filter(a -> a.status().hasSignedPeriod() && a.signedOn() != null)
			.filter(a -> !a.signedOn().isBefore(from) && !a.signedOn().isAfter(to))
			.sorted(Comparator.comparing(AgreementView::signedOn))
			.toList();
	}

	/**
	 * Each municipality's standing on a day, for the map: in force (signed) before negotiating,
	 * before planned, before ended. Municipalities without any agreement, and agreements signed only
	 * after the day, are left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, AgreementView> standingOn(LocalDate day) {
		Map<String, AgreementView> standing = new LinkedHashMap<>();
		for (AgreementView agreement : list()) {
			if (agreement.status().hasSignedPeriod() && agreement.signedOn() != null && agreement.signedOn().isAfter(day)) {
				continue; // not signed yet on that day
			}
			standing.merge(agreement.municipality(), agreement,
					(a, b) -> rank(b, day) > rank(a, day) ? b : a);
		}
		return standing;
	}

	private static int rank(AgreementView agreement, LocalDate day) {
		if (agreement.inForceOn(day)) {
			return 5;
		}
		return switch (agreement.statusOn(day)) {
			case SIGNED -> 4;
			case NEGOTIATING -> 3;
			case PLANNED -> 2;
			case ENDED -> 1;
		};
	}

	@Transactional(readOnly = true)
	public AgreementView get(long id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	public List<AgreementView> ofMunicipality(String municipality) {
		return agreements.findByMunicipalityCode(municipality).stream().map(this::view).toList();
	}

	@Transactional
	public AgreementView create(AgreementData data) {
		AgreementData clean = check(data, null);
		return view(agreements.saveAndFlush(new MunicipalAgreement(clean.municipality(), clean.status(),
				clean.signedOn(), clean.validUntil(), clean.signatories(), clean.scope())));
	}

	@Transactional
	public AgreementView update(long id, long version, AgreementData data) {
		MunicipalAgreement agreement = find(id);
		agreement.checkVersion(version);
		AgreementData clean = check(data, id);
		agreement.change(clean.municipality(), clean.status(), clean.signedOn(), clean.validUntil(),
				clean.signatories(), clean.scope());
		return view(agreements.saveAndFlush(agreement));
	}

	@Transactional
	public void delete(long id) {
		agreements.delete(find(id));
	}

	/** Keeps the signed document (PDF or DOCX, up to 10 MB) in place of an earlier one. */
	@Transactional
	public AgreementView keepDocument(long id, String fileName, byte[] content) {
		MunicipalAgreement agreement = find(id);
		String type = AgreementFiles.check("document", fileName, content);
		agreement.keepDocument(AgreementFiles.name(fileName), type, content);
		return view(agreements.saveAndFlush(agreement));
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> document(long id) {
		MunicipalAgreement agreement = find(id);
		return agreement.getDocument() == null ? Optional.empty()
				: Optional.of(new StoredFile(agreement.getDocumentFileName(), agreement.getDocumentContentType(),
						agreement.getDocument()));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(MunicipalAgreement.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(MunicipalAgreement.class, id, version);
	}

	/** Every rule an agreement must keep; all that are broken are reported together. */
	private AgreementData check(AgreementData data, Long self) {
		List<FieldError> errors = new ArrayList<>();
		String code = data.municipality() == null ? "" : data.municipality().strip();
		Optional<Municipality> municipality = Optional.empty();
		if (code.isEmpty()) {
			errors.add(new FieldError("municipality", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		else {
			municipality = municipalities.byIso(code);
			if (municipality.isEmpty()) {
				errors.add(new FieldError("municipality", "partnerships.error.unknownMunicipality", new Object[] { code }));
			}
		}
		AgreementStatus status = data.status();
		if (status == null) {
			errors.add(new FieldError("status", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		if (status == AgreementStatus.SIGNED && data.signedOn() == null) {
			errors.add(new FieldError("signedOn", "partnerships.error.signedWithoutDate", new Object[0]));
		}
		if (status == AgreementStatus.ENDED && data.signedOn() == null) {
			errors.add(new FieldError("signedOn", "partnerships.error.endedWithoutSigning", new Object[0]));
		}
		if (status == AgreementStatus.ENDED && data.validUntil() == null) {
			errors.add(new FieldError("validUntil", "partnerships.error.endedWithoutEnd", new Object[0]));
		}
		if (data.signedOn() != null && data.validUntil() != null && data.validUntil().isBefore(data.signedOn())) {
			errors.add(new FieldError("validUntil", "partnerships.error.validBeforeSigned",
					new Object[] { data.signedOn().toString(), data.validUntil().toString() }));
		}
		String signatories = text(data.signatories());
		String scope = text(data.scope());
		if (signatories != null && signatories.length() > 1000) {
			errors.add(new FieldError("signatories", "common.error.tooLong", new Object[] { 1000 }));
		}
		if (scope != null && scope.length() > 4000) {
			errors.add(new FieldError("scope", "common.error.tooLong", new Object[] { 4000 }));
		}
		if (errors.isEmpty() && status.hasSignedPeriod()) {
			LocalDate from = data.signedOn();
			LocalDate until = data.validUntil() == null ? LocalDate.MAX : data.validUntil();
			for (MunicipalAgreement other : agreements.findByMunicipalityCode(code)) {
				if (other.getId().equals(self) || !other.getStatus().hasSignedPeriod() || other.getSignedOn() == null) {
					continue;
				}
				LocalDate otherUntil = other.getValidUntil() == null ? LocalDate.MAX : other.getValidUntil();
				if (!from.isAfter(otherUntil) && !other.getSignedOn().isAfter(until)) {
					String name = municipality.orElseThrow().name();
					errors.add(other.getValidUntil() == null
							? new FieldError("signedOn", "partnerships.error.overlapOpen",
									new Object[] { name, other.getSignedOn().toString() })
							: new FieldError("signedOn", "partnerships.error.overlap",
									new Object[] { name, other.getSignedOn().toString(), other.getValidUntil().toString() }));
					break;
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new AgreementData(code, status, data.signedOn(), data.validUntil(), signatories, scope);
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private MunicipalAgreement find(long id) {
		return agreements.findById(id).orElseThrow(() -> new NotFoundException("Agreement"));
	}

	private AgreementView view(MunicipalAgreement a) {
		Optional<Municipality> m = municipalities.byIso(a.getMunicipalityCode());
		return new AgreementView(a.getId(), a.getVersion(), a.getMunicipalityCode(),
				m.map(Municipality::name).orElse(a.getMunicipalityCode()), m.map(Municipality::countyIso).orElse(null),
				m.map(Municipality::countyName).orElse(null), a.getStatus(), a.getSignedOn(), a.getValidUntil(),
				a.getSignatories(), a.getScope(), a.getDocumentFileName());
	}
}
