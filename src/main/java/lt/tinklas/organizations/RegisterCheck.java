package lt.tinklas.organizations;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lt.tinklas.organizations.domain.Organization;
import lt.tinklas.organizations.domain.OrganizationRecords;
import lt.tinklas.shared.sheets.UnreadableFileException;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the network's organizations against the state register's open data on NGO status
 * (JAR_NVO_NUO.csv: status held now; JAR_NVO_IKI.csv: status that ended; pipe-separated UTF-8).
 * Only the rows of codes the network knows are kept while reading, so files of 10^5 rows are read
 * in a moment.
 */
@Service
public class RegisterCheck {

	private final OrganizationRecords organizations;
	private final OrganizationDirectory directory;

	RegisterCheck(OrganizationRecords organizations, OrganizationDirectory directory) {
		this.organizations = organizations;
		this.directory = directory;
	}

	/** A member whose status the register shows as lost (with the day it ended) or never held. */
	public record Finding(long id, String name, String legalCode, LocalDate until) {
	}

	public record Result(int rowsRead, int updated, List<Finding> lost, List<Finding> never) {
	}

	private record Status(LocalDate since, LocalDate until) {
	}

	@Transactional
	public Result check(byte[] current, byte[] ended) {
		List<Organization> all = organizations.findAll();
		Set<String> codes = all.stream().map(Organization::getLegalCode).collect(Collectors.toSet());
		int[] read = new int[1];
		Map<String, Status> now = current == null ? Map.of() : read(current, codes, "nvo_nuo", null, read);
		Map<String, Status> before = ended == null ? Map.of() : read(ended, codes, "nvo_nuo", "nvo_iki", read);
		int updated = 0;
		List<Finding> lost = new ArrayList<>();
		List<Finding> never = new ArrayList<>();
		Set<Long> members = directory.members(LocalDate.now(Formats.VILNIUS))
			.stream()
			.map(OrganizationDirectory.Member::id)
			.collect(Collectors.toSet());
		for (Organization organization : all) {
			Status status = now.containsKey(organization.getLegalCode()) ? now.get(organization.getLegalCode())
					: before.get(organization.getLegalCode());
			boolean member = members.contains(organization.getId());
			if (status == null) {
				if (member) {
					never.add(new Finding(organization.getId(), organization.getName(), organization.getLegalCode(), null));
				}
				continue;
			}
			if (organization.checkedNgoStatus(status.since(), status.until())) {
				updated++;
			}
			if (member && status.until() != null) {
				lost.add(new Finding(organization.getId(), organization.getName(), organization.getLegalCode(),
						status.until()));
			}
		}
		organizations.flush();
		var collator = SearchText.collator();
		lost.sort((a, b) -> collator.compare(a.name(), b.name()));
		never.sort((a, b) -> collator.compare(a.name(), b.name()));
		return new Result(read[0], updated, lost, never);
	}

	private static Map<String, Status> read(byte[] content, Set<String> codes, String sinceColumn, String untilColumn,
			int[] read) {
		Map<String, Status> found = new HashMap<>();
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ByteArrayInputStream(content), decoder))) {
			String header = reader.readLine();
			if (header == null) {
				throw new UnreadableFileException("register.error.format", null);
			}
			List<String> columns = Arrays.asList(header.replace("\uFEFF", "").strip().split("\\|"));
			int code = columns.indexOf("ja_kodas");
			int since = columns.indexOf(sinceColumn);
			int until = untilColumn == null ? -1 : columns.indexOf(untilColumn);
			if (code < 0 || since < 0 || (untilColumn != null && until < 0)) {
				throw new UnreadableFileException("register.error.format", null);
			}
			String line;
			while ((line = reader.readLine()) != null) {
				read[0]++;
				String[] cells = line.split("\\|", -1);
				if (cells.length <= Math.max(code, Math.max(since, until)) || !codes.contains(cells[code].strip())) {
					continue;
				}
				Status status = new Status(date(cells[since]), until < 0 ? null : date(cells[until]));
				Status known = found.get(cells[code].strip());
				// the latest period of the status wins
				if (known == null || (status.since() != null && (known.since() == null || status.since().isAfter(known.since())))) {
					found.put(cells[code].strip(), status);
				}
			}
		}
		catch (MalformedInputException e) {
			throw new UnreadableFileException("file.error.notUtf8", e);
		}
		catch (IOException e) {
			throw new UnreadableFileException("register.error.format", e);
		}
		return found;
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip().substring(0, 10));
		}
		catch (DateTimeParseException | IndexOutOfBoundsException e) {
			throw new UnreadableFileException("register.error.date", e);
		}
	}
}
