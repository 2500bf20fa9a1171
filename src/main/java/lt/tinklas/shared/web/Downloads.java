package lt.tinklas.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import lt.tinklas.shared.sheets.TableFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses that download a file: a table as CSV or XLSX, or any stored file. */
public final class Downloads {

	public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

	private Downloads() {
	}

	/** A table as {@code csv} or {@code xlsx}; any other format is not found. */
	public static ResponseEntity<byte[]> table(String name, String sheet, String format, List<String> headers,
			List<List<Object>> rows) {
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			throw new NotFoundException("Format");
		}
		byte[] content = xlsx ? TableFiles.xlsx(sheet, headers, rows) : TableFiles.csv(headers, rows);
		return file(name + "." + format, xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8), content);
	}

	public static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(fileName, StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(content);
	}
}
