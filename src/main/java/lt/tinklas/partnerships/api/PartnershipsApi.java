package lt.tinklas.partnerships.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lt.tinklas.partnerships.AgreementData;
import lt.tinklas.partnerships.AgreementStatus;
import lt.tinklas.partnerships.MunicipalAgreements;
import lt.tinklas.partnerships.MunicipalAnalyses;
import lt.tinklas.partnerships.application.AgreementView;
import lt.tinklas.partnerships.application.AnalysisView;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cooperation agreements with municipalities, and the analyses made for them. */
@RestController
@RequestMapping("/api/v1/networks/{slug}")
@Tag(name = "Municipal agreements")
class PartnershipsApi {

	private final MunicipalAgreements agreements;
	private final MunicipalAnalyses analyses;

	PartnershipsApi(MunicipalAgreements agreements, MunicipalAnalyses analyses) {
		this.agreements = agreements;
		this.analyses = analyses;
	}

	record AgreementBody(String municipality, AgreementStatus status, LocalDate signedOn, LocalDate validUntil,
			String signatories, String scope, Long version) {

		AgreementData toData() {
			return new AgreementData(municipality, status, signedOn, validUntil, signatories, scope);
		}
	}

	record AgreementAnswer(long id, long version, String municipality, String municipalityName, String county,
			AgreementStatus status, LocalDate signedOn, LocalDate validUntil, String signatories, String scope,
			String document) {

		static AgreementAnswer of(AgreementView a) {
			return new AgreementAnswer(a.id(), a.version(), a.municipality(), a.municipalityName(), a.countyIso(),
					a.status(), a.signedOn(), a.validUntil(), a.signatories(), a.scope(), a.documentName());
		}
	}

	@GetMapping("/municipal-agreements")
	@Readers
	@Operation(summary = "The network's agreements with municipalities; with on=YYYY-MM-DD only those in force that day",
			description = "An agreement is in force on a day when its status is SIGNED or ENDED, it was signed on or before the day and is valid until the day or later (or has no end). Without on: every agreement, by municipality name. A malformed date: 400.")
	List<AgreementAnswer> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return (on == null ? agreements.list() : agreements.inForce(on)).stream().map(AgreementAnswer::of).toList();
	}

	@GetMapping("/municipal-agreements/{id}")
	@Readers
	@Operation(summary = "One agreement")
	AgreementAnswer get(@PathVariable long id) {
		return AgreementAnswer.of(agreements.get(id));
	}

	@PostMapping("/municipal-agreements")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add an agreement with a municipality",
			description = "Fields: municipality (ISO 3166-2 code such as LT-57), status (PLANNED, NEGOTIATING, SIGNED, ENDED), signedOn, validUntil (YYYY-MM-DD; empty: without end), signatories, scope. 400 with every field's message for: an unknown municipality code, a SIGNED or ENDED agreement without signedOn, an ENDED one without validUntil, validUntil before signedOn, and a signed period that overlaps another signed or ended agreement with the same municipality (only one may be in force at a time). 201 with the agreement.")
	AgreementAnswer create(@RequestBody AgreementBody body) {
		return AgreementAnswer.of(agreements.create(body.toData()));
	}

	@PutMapping("/municipal-agreements/{id}")
	@Keepers
	@Operation(summary = "Change an agreement",
			description = "The same fields as when adding, and version (the one read): 409 when someone saved it since. The same 400 answers as when adding.")
	AgreementAnswer update(@PathVariable long id, @RequestBody AgreementBody body) {
		return AgreementAnswer.of(agreements.update(id, InvalidInputException.requireVersion(body.version()), body.toData()));
	}

	@GetMapping("/municipal-analyses")
	@Readers
	@Operation(summary = "Analyses and plans made for municipalities, the latest first",
			description = "Each with municipality (ISO code), title, madeOn, presentedTo and the file's name; the file itself is on the page /n/{slug}/municipal-agreements/analyses/{id}/file.")
	List<AnalysisView> analyses() {
		return analyses.list();
	}
}
