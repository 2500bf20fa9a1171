package lt.tinklas.growth.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lt.tinklas.growth.domain.MunicipalCouncil;
import lt.tinklas.growth.domain.MunicipalCouncilRecords;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Municipality;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipal NGO councils of all 60 municipalities: a reference list the network completes with
 * contacts. A council the network has not completed is shown under its usual name.
 */
@Service
public class Councils {

	private final MunicipalCouncilRecords councils;
	private final Municipalities municipalities;
	private final RecordHistory history;

	Councils(MunicipalCouncilRecords councils, Municipalities municipalities, RecordHistory history) {
		this.councils = councils;
		this.municipalities = municipalities;
		this.history = history;
	}

	/** A council: its id once the network has saved it (null before), its municipality and contacts. */
	public record CouncilView(Long id, long version, String municipality, String municipalityName, String countyIso,
			String countyName, String name, String email, String phone, String address, String note) {

		public boolean completed() {
			return email != null || phone != null || address != null;
		}
	}

	public record CouncilData(String name, String email, String phone, String address, String note) {
	}

	/** All 60, in the Lithuanian order of their municipalities. */
	@Transactional(readOnly = true)
	public List<CouncilView> all() {
		Map<String, MunicipalCouncil> saved = councils.findAll()
			.stream()
			.collect(Collectors.toMap(MunicipalCouncil::getMunicipality, Function.identity()));
		return municipalities.all().stream().map(m -> view(m, saved.get(m.isoCode()))).toList();
	}

	@Transactional(readOnly = true)
	public CouncilView of(String municipality) {
		Municipality m = municipality(municipality);
		return view(m, councils.findByMunicipality(m.isoCode()).orElse(null));
	}

	@Transactional
	public CouncilView save(String municipality, Long version, CouncilData data) {
		Municipality m = municipality(municipality);
		List<FieldError> errors = new ArrayList<>();
		Fields.required(errors, "name", data.name());
		Fields.max(errors, "name", data.name(), 300);
		Fields.email(errors, "email", data.email());
		Fields.max(errors, "phone", data.phone(), 50);
		Fields.max(errors, "address", data.address(), 500);
		Fields.max(errors, "note", data.note(), 2000);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		MunicipalCouncil council = councils.findByMunicipality(m.isoCode())
			.orElseGet(() -> new MunicipalCouncil(m.isoCode(), usualName(m)));
		if (council.getId() != null && version != null) {
			council.checkVersion(version);
		}
		council.describe(data.name().strip(), lower(data.email()), Fields.blank(data.phone()),
				Fields.blank(data.address()), Fields.blank(data.note()));
		councils.saveAndFlush(council);
		return view(m, council);
	}

	/** The council's record, made under its usual name when the network has not saved it yet (a letter needs one). */
	@Transactional
	public MunicipalCouncil ensure(String municipality) {
		Municipality m = municipality(municipality);
		return councils.findByMunicipality(m.isoCode())
			.orElseGet(() -> councils.saveAndFlush(new MunicipalCouncil(m.isoCode(), usualName(m))));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(String municipality) {
		return councils.findByMunicipality(municipality(municipality).isoCode())
			.map(c -> history.of(MunicipalCouncil.class, c.getId()))
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(String municipality, long version) {
		return councils.findByMunicipality(municipality(municipality).isoCode())
			.map(c -> history.changedSince(MunicipalCouncil.class, c.getId(), version))
			.orElse(List.of());
	}

	/** "Šilutės rajono savivaldybė" → "Šilutės rajono savivaldybės nevyriausybinių organizacijų taryba". */
	static String usualName(Municipality m) {
		String name = m.name();
		return (name.endsWith("savivaldybė") ? name.substring(0, name.length() - 1) + "ės" : name)
				+ " nevyriausybinių organizacijų taryba";
	}

	private Municipality municipality(String code) {
		return municipalities.byIso(code == null ? "" : code).orElseThrow(() -> new NotFoundException("Municipality"));
	}

	private static String lower(String email) {
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static CouncilView view(Municipality m, MunicipalCouncil c) {
		return c == null
				? new CouncilView(null, 0, m.isoCode(), m.name(), m.countyIso(), m.countyName(), usualName(m), null, null,
						null, null)
				: new CouncilView(c.getId(), c.getVersion(), m.isoCode(), m.name(), m.countyIso(), m.countyName(),
						c.getName(), c.getEmail(), c.getPhone(), c.getAddress(), c.getNote());
	}
}
