package lt.tinklas.people.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import lt.tinklas.shared.pdf.PdfDocuments;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/** A person's export as the files they get: the JSON document, a readable PDF, and both in one ZIP. */
@Component
public class PersonalDataFiles {

	private final MessageSource messages;
	private final ITemplateEngine templates;
	private final JsonMapper json;
	private final Formats formats = new Formats();

	PersonalDataFiles(MessageSource messages, ITemplateEngine templates, JsonMapper json) {
		this.messages = messages;
		this.templates = templates;
		this.json = json;
	}

	/** The export as its JSON document, headings and labels in its language; {@code network} is the network's name. */
	public PersonalDataDocument document(PersonalDataExport export, String network) {
		Locale locale = Locale.forLanguageTag(export.language());
		List<PersonalDataDocument.Part> parts = new ArrayList<>();
		for (ExportSection section : export.sections()) {
			Map<String, String> fields = new LinkedHashMap<>();
			fieldsOf(section).forEach(field -> fields.put(field, label(field, locale)));
			parts.add(new PersonalDataDocument.Part(section.key(), title(section.key(), locale), fields, section.items()));
		}
		return new PersonalDataDocument(network,
				export.personId(), export.madeAt(), export.language(), parts);
	}

	public byte[] json(PersonalDataExport export, String network) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document(export, network));
	}

	/** The export printed: each part a heading and a table, dates the Lithuanian way. */
	public byte[] pdf(PersonalDataExport export, String network) {
		Locale locale = Locale.forLanguageTag(export.language());
		List<Table> tables = new ArrayList<>();
		for (ExportSection section : export.sections()) {
			List<String> fields = fieldsOf(section);
			List<List<String>> rows = section.items()
				.stream()
				.map(item -> fields.stream().map(field -> text(item.get(field), locale)).toList())
				.toList();
			tables.add(new Table(title(section.key(), locale), fields.stream().map(field -> label(field, locale)).toList(),
					rows));
		}
		Context context = new Context(locale);
		context.setVariable("tables", tables);
		context.setVariable("network", network);
		context.setVariable("madeAt", formats.dateTime(export.madeAt()));
		return PdfDocuments.fromXhtml(templates.process("people/personal-data-pdf", context));
	}

	/** One part of the printed export. */
	public record Table(String title, List<String> headers, List<List<String>> rows) {
	}

	/** The JSON document and the PDF in one ZIP, as the person's own download link gives them. */
	public byte[] zip(PersonalDataExport export, String network) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry(fileName(export, "json")));
			zip.write(json(export, network));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(fileName(export, "pdf")));
			zip.write(pdf(export, network));
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new IllegalStateException("The export could not be packed", e);
		}
		return out.toByteArray();
	}

	public static String fileName(PersonalDataExport export, String extension) {
		return "asmens-duomenys-" + export.madeAt().atZone(Formats.VILNIUS).toLocalDate() + "." + extension;
	}

	private static List<String> fieldsOf(ExportSection section) {
		Set<String> fields = new LinkedHashSet<>();
		section.items().forEach(item -> fields.addAll(item.keySet()));
		return List.copyOf(fields);
	}

	private String title(String key, Locale locale) {
		return messages.getMessage("personalData.section." + key, null, locale);
	}

	private String label(String field, Locale locale) {
		return messages.getMessage("personalData.field." + field, null, locale);
	}

	private String text(Object value, Locale locale) {
		if (value == null) {
			return "—";
		}
		if (value instanceof Boolean yes) {
			return messages.getMessage(yes ? "common.yes" : "common.no", null, locale);
		}
		if (value instanceof Instant || value instanceof OffsetDateTime) {
			return formats.dateTime(value);
		}
		if (value instanceof TemporalAccessor temporal) {
			return formats.date(temporal);
		}
		return String.valueOf(value);
	}
}
