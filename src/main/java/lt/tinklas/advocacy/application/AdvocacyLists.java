package lt.tinklas.advocacy.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.advocacy.InstitutionKind;
import lt.tinklas.advocacy.domain.AdvocacyDirection;
import lt.tinklas.advocacy.domain.DirectionRecords;
import lt.tinklas.advocacy.domain.Institution;
import lt.tinklas.advocacy.domain.InstitutionRecords;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists the network keeps for its advocacy: institutions and priority directions. */
@Service
public class AdvocacyLists {

	private final InstitutionRecords institutions;
	private final DirectionRecords directions;
	private final Municipalities municipalities;

	AdvocacyLists(InstitutionRecords institutions, DirectionRecords directions, Municipalities municipalities) {
		this.institutions = institutions;
		this.directions = directions;
		this.municipalities = municipalities;
	}

	/** Institutions in Lithuanian alphabetical order. */
	@Transactional(readOnly = true)
	public List<InstitutionView> institutions() {
		var collator = SearchText.collator();
		return institutions.findAll()
			.stream()
			.map(AdvocacyLists::view)
			.sorted(Comparator.comparing(InstitutionView::name, collator))
			.toList();
	}

	@Transactional(readOnly = true)
	public InstitutionView institution(long id) {
		return view(findInstitution(id));
	}

	@Transactional
	public InstitutionView addInstitution(String name, String nameEn, InstitutionKind kind, String municipality) {
		checkInstitution(name, kind, municipality, null);
		return view(institutions.saveAndFlush(new Institution(name, nameEn, kind, municipality)));
	}

	@Transactional
	public InstitutionView updateInstitution(long id, long version, String name, String nameEn, InstitutionKind kind,
			String municipality) {
		Institution institution = findInstitution(id);
		institution.checkVersion(version);
		checkInstitution(name, kind, municipality, id);
		institution.update(name, nameEn, kind, municipality);
		return view(institutions.saveAndFlush(institution));
	}

	/** Institution names by id, in the language asked. */
	@Transactional(readOnly = true)
	public Map<Long, String> institutionNames(String language) {
		Map<Long, String> names = new LinkedHashMap<>();
		institutions().forEach(i -> names.put(i.id(), i.name(language)));
		return names;
	}

	@Transactional(readOnly = true)
	public boolean institutionExists(long id) {
		return institutions.existsById(id);
	}

	/** Directions in the network's order. */
	@Transactional(readOnly = true)
	public List<DirectionView> directions() {
		return directions.findAll()
			.stream()
			.sorted(Comparator.comparingInt(AdvocacyDirection::getSortOrder).thenComparing(AdvocacyDirection::getId))
			.map(d -> new DirectionView(d.getId(), d.getName(), d.getNameEn()))
			.toList();
	}

	@Transactional
	public DirectionView addDirection(String name, String nameEn) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "jakarta.validation.constraints.NotBlank.message");
		}
		boolean taken = directions.findAll().stream().anyMatch(d -> SearchText.normalize(d.getName()).equals(SearchText.normalize(name)));
		if (taken) {
			throw InvalidInputException.of("name", "direction.error.taken", name.strip());
		}
		AdvocacyDirection saved = directions.saveAndFlush(new AdvocacyDirection(name, nameEn, directions.lastOrder() + 1));
		return new DirectionView(saved.getId(), saved.getName(), saved.getNameEn());
	}

	@Transactional(readOnly = true)
	public Map<Long, String> directionNames(String language) {
		Map<Long, String> names = new LinkedHashMap<>();
		directions().forEach(d -> names.put(d.id(), d.name(language)));
		return names;
	}

	/** Refuses ids of directions or institutions the network does not have. */
	void checkKnown(String field, Collection<Long> ids, boolean institution) {
		for (Long id : ids) {
			boolean known = id != null && (institution ? institutions.existsById(id) : directions.existsById(id));
			if (!known) {
				throw InvalidInputException.of(field,
						institution ? "institution.error.unknown" : "direction.error.unknown", id);
			}
		}
	}

	private void checkInstitution(String name, InstitutionKind kind, String municipality, Long id) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "jakarta.validation.constraints.NotBlank.message");
		}
		if (kind == null) {
			throw InvalidInputException.of("kind", "jakarta.validation.constraints.NotNull.message");
		}
		if (municipality != null && !municipality.isBlank() && municipalities.byIso(municipality).isEmpty()) {
			throw InvalidInputException.of("municipality", "institution.error.municipality", municipality);
		}
		boolean taken = institutions.findAll()
			.stream()
			.anyMatch(i -> !i.getId().equals(id) && SearchText.normalize(i.getName()).equals(SearchText.normalize(name)));
		if (taken) {
			throw InvalidInputException.of("name", "institution.error.taken", name.strip());
		}
	}

	private Institution findInstitution(long id) {
		return institutions.findById(id).orElseThrow(() -> new NotFoundException("Institution"));
	}

	static InstitutionView view(Institution i) {
		return new InstitutionView(i.getId(), i.getVersion(), i.getName(), i.getNameEn(), i.getKind(), i.getMunicipalityCode());
	}
}
