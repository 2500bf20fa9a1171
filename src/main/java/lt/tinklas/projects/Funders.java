package lt.tinklas.projects;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lt.tinklas.projects.domain.Funder;
import lt.tinklas.projects.domain.FunderRecords;
import lt.tinklas.shared.files.FileKinds;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The funders a network's projects name, with their logos for funding notices. */
@Service
public class Funders {

	public static final int MAX_LOGO_BYTES = 1024 * 1024;

	private final FunderRecords funders;

	Funders(FunderRecords funders) {
		this.funders = funders;
	}

	@Transactional(readOnly = true)
	public List<FunderView> list() {
		return funders.findAllByOrderByNameAsc().stream().map(Funders::view).toList();
	}

	@Transactional(readOnly = true)
	public Map<Long, FunderView> byId() {
		return list().stream().collect(Collectors.toMap(FunderView::id, Function.identity()));
	}

	@Transactional(readOnly = true)
	public FunderView get(long id) {
		return view(find(id));
	}

	@Transactional
	public FunderView create(String name, String nameEn, SourceType sourceType) {
		check(name, nameEn, sourceType, null);
		return view(funders.saveAndFlush(new Funder(name, nameEn, sourceType)));
	}

	@Transactional
	public FunderView update(long id, String name, String nameEn, SourceType sourceType) {
		Funder funder = find(id);
		check(name, nameEn, sourceType, funder);
		funder.rename(name, nameEn, sourceType);
		return view(funders.saveAndFlush(funder));
	}

	/** Keeps a PNG or JPEG logo of up to 1 MB. */
	@Transactional
	public void showLogo(long id, String fileName, byte[] content) {
		Funder funder = find(id);
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("logo", "funder.error.noFile");
		}
		String type = imageType(content);
		if (type == null) {
			throw InvalidInputException.of("logo", "funder.error.logoType");
		}
		if (content.length > MAX_LOGO_BYTES) {
			throw InvalidInputException.of("logo", "funder.error.logoSize");
		}
		String name = fileName == null || fileName.isBlank() ? "logo" : fileName.replaceAll("[\\\\/]", "_");
		funder.showLogo(name, type, content);
	}

	/** PNG or JPEG by what the file holds, not by its name (the PDF reports show no WebP); null for anything else. */
	private static String imageType(byte[] content) {
		String type = FileKinds.imageType(content);
		return "image/webp".equals(type) ? null : type;
	}

	public record Logo(String fileName, String contentType, byte[] content) {
	}

	@Transactional(readOnly = true)
	public Optional<Logo> logo(long id) {
		Funder funder = find(id);
		return funder.getLogo() == null ? Optional.empty()
				: Optional.of(new Logo(funder.getLogoFileName(), funder.getLogoContentType(), funder.getLogo()));
	}

	private void check(String name, String nameEn, SourceType sourceType, Funder existing) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "jakarta.validation.constraints.NotBlank.message");
		}
		if (name.length() > 300) {
			throw InvalidInputException.of("name", "common.error.tooLong", 300);
		}
		if (nameEn != null && nameEn.length() > 300) {
			throw InvalidInputException.of("nameEn", "common.error.tooLong", 300);
		}
		if (sourceType == null) {
			throw InvalidInputException.of("sourceType", "jakarta.validation.constraints.NotNull.message");
		}
		boolean taken = funders.findAll()
			.stream()
			.anyMatch(f -> f.getName().equalsIgnoreCase(name.strip()) && (existing == null || !f.getId().equals(existing.getId())));
		if (taken) {
			throw InvalidInputException.of("name", "funder.error.taken", name.strip());
		}
	}

	private Funder find(long id) {
		return funders.findById(id).orElseThrow(() -> new NotFoundException("Funder"));
	}

	static FunderView view(Funder f) {
		return new FunderView(f.getId(), f.getVersion(), f.getName(), f.getNameEn(), f.getSourceType(), f.getLogo() != null);
	}
}
