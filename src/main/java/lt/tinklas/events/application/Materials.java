package lt.tinklas.events.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.events.Events;
import lt.tinklas.events.domain.EventMaterial;
import lt.tinklas.events.domain.EventMaterialRecords;
import lt.tinklas.shared.files.FileKinds;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's materials: documents, slides and pictures up to 10 MB each. */
@Service
public class Materials {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** The kinds of files taken, by extension, with the type they are served as. */
	static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "odt",
			"application/vnd.oasis.opendocument.text", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

	private final EventMaterialRecords materials;
	private final Events events;

	Materials(EventMaterialRecords materials, Events events) {
		this.materials = materials;
		this.events = events;
	}

	public record Material(long id, String fileName, long size, Instant uploadedAt) {
	}

	public record Download(String fileName, String contentType, byte[] content) {
	}

	@Transactional
	public Material add(long eventId, String fileName, byte[] content) {
		events.get(eventId);
		String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "file.error.none");
		}
		if (FileKinds.unsafeName(fileName)) {
			throw InvalidInputException.of("file", "file.error.name");
		}
		if (!TYPES.containsKey(extension)) {
			throw InvalidInputException.of("file", "material.error.type", String.join(", ", TYPES.keySet().stream().sorted().toList()));
		}
		if (!FileKinds.contentMatches(extension, content)) {
			throw InvalidInputException.of("file", "file.error.contentMismatch");
		}
		if (content.length > MAX_BYTES) {
			throw InvalidInputException.of("file", "material.error.size");
		}
		EventMaterial saved = materials.save(new EventMaterial(eventId, name, TYPES.get(extension), content));
		return new Material(saved.getId(), saved.getFileName(), saved.getSize(), saved.getUploadedAt());
	}

	@Transactional(readOnly = true)
	public List<Material> of(long eventId) {
		return materials.findByEventIdOrderByUploadedAtAsc(eventId)
			.stream()
			.map(m -> new Material(m.getId(), m.getFileName(), m.getSize(), m.getUploadedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Download download(long eventId, long id) {
		EventMaterial material = materials.findByIdAndEventId(id, eventId)
			.orElseThrow(() -> new NotFoundException("Material"));
		return new Download(material.getFileName(), material.getContentType(), material.getContent());
	}

	@Transactional
	public void delete(long eventId, long id) {
		materials.delete(materials.findByIdAndEventId(id, eventId).orElseThrow(() -> new NotFoundException("Material")));
	}
}
