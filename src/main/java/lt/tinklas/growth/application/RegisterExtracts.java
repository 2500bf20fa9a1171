package lt.tinklas.growth.application;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.sheets.SpreadsheetLimits;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network's extract of the state register: the organizations that hold NGO status now
 * (JAR_NVO_NUO.csv), each with its address and the municipality read from it (JAR_IREGISTRUOTI.csv,
 * streamed: only the rows of those organizations are kept, so its 300,000 rows cost a read). Each
 * upload replaces the whole extract, in one transaction, or changes nothing: a file refused, a row
 * refused (named by its file and line), or data older than the extract already loaded unless the
 * keeper says to load it.
 */
@Service
public class RegisterExtracts {

	static final List<String> NGO_COLUMNS = List.of("ja_kodas", "ja_pavadinimas", "ja_reg_data", "form_kodas",
			"form_pavadinimas", "nvo_nuo", "formavimo_data");
	static final List<String> REGISTERED_COLUMNS = List.of("ja_kodas", "adresas", "formavimo_data");
	/** The headers as the register writes them, for a message that says what a file must begin with. */
	static final String NGO_HEADER = String.join("|", NGO_COLUMNS);
	static final String REGISTERED_HEADER = "ja_kodas|ja_pavadinimas|adresas|ja_reg_data|form_kodas|form_pavadinimas|"
			+ "stat_kodas|stat_pavadinimas|stat_data_nuo|formavimo_data";

	private static final int BATCH = 1000;
	/** Far more NGOs than the register's file holds: more is not its file, and would fill the memory. */
	static final int MOST_NGOS = 200_000;

	private final Municipalities municipalities;
	private final JdbcClient jdbc;
	private final JdbcTemplate batches;
	private final TransactionTemplate transactions;
	private final SpreadsheetLimits limits;

	RegisterExtracts(Municipalities municipalities, JdbcClient jdbc, JdbcTemplate batches,
			TransactionTemplate transactions, SpreadsheetLimits limits) {
		this.municipalities = municipalities;
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = transactions;
		this.limits = limits;
	}

	/** What an upload loaded: the rows read from each file, the NGOs kept, those whose address names no municipality. */
	public record LoadResult(int ngoRows, int registeredRows, int kept, int withoutMunicipality, LocalDate dataDate) {

		public int rowsRead() {
			return ngoRows + registeredRows;
		}
	}

	/** The extract loaded last: the day of the register's data, when it was loaded, its size. */
	public record ExtractInfo(LocalDate dataDate, Instant loadedAt, int ngoRows, int registeredRows, int kept) {

		public int rowsRead() {
			return ngoRows + registeredRows;
		}
	}

	/** The register's data a network uploaded is older than the extract it has: loaded only when asked for. */
	public static class OlderDataException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final LocalDate loaded;
		private final LocalDate offered;

		OlderDataException(LocalDate loaded, LocalDate offered) {
			super("The extract loaded is of " + loaded + ", the files of " + offered);
			this.loaded = loaded;
			this.offered = offered;
		}

		/** The day of the data already loaded. */
		public LocalDate loaded() {
			return loaded;
		}

		/** The day of the data in the files. */
		public LocalDate offered() {
			return offered;
		}
	}

	/** One organization of the extract, as it is stored. */
	private static final class Entity {

		final String code;
		final String name;
		final String formCode;
		final String formName;
		final LocalDate registeredOn;
		final LocalDate ngoSince;
		String address;
		String municipality;

		Entity(String code, String name, String formCode, String formName, LocalDate registeredOn, LocalDate ngoSince) {
			this.code = code;
			this.name = name;
			this.formCode = formCode;
			this.formName = formName;
			this.registeredOn = registeredOn;
			this.ngoSince = ngoSince;
		}
	}

	/** The two files as read, before anything is stored. */
	private record Extract(List<Entity> entities, int ngoRows, int registeredRows, LocalDate dataDate) {
	}

	/**
	 * Replaces the network's extract with the one the two files make ({@code null} for a file not
	 * given). Refused with {@link InvalidInputException} (a field per file) when a file is not what its
	 * field takes or a row cannot be read, with {@link OlderDataException} when the network has newer
	 * data and {@code olderAccepted} is not set; then nothing changes.
	 */
	public LoadResult load(byte[] ngoFile, byte[] registeredFile, boolean olderAccepted) {
		long network = Tenancy.require();
		Extract extract = read(ngoFile, registeredFile);
		int withoutMunicipality = (int) extract.entities().stream().filter(e -> e.municipality == null).count();
		transactions.executeWithoutResult(status -> store(network, extract, olderAccepted));
		return new LoadResult(extract.ngoRows(), extract.registeredRows(), extract.entities().size(), withoutMunicipality,
				extract.dataDate());
	}

	/** The network's extract loaded last; empty before its first. */
	public Optional<ExtractInfo> current() {
		return jdbc.sql("""
				select x.data_date, x.loaded_at, x.ngo_rows, x.registered_rows, x.kept
				from register_extract x where x.network_id = ?""")
			.param(Tenancy.require())
			.query((rs, i) -> new ExtractInfo(rs.getObject(1, LocalDate.class),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.optional();
	}

	private Extract read(byte[] ngoContent, byte[] registeredContent) {
		List<FieldError> errors = new ArrayList<>();
		RegisterFile ngo = RegisterFile.open("ngoFile", RegisterFile.NGO_NOW, NGO_HEADER, NGO_COLUMNS, ngoContent,
				limits, errors);
		RegisterFile registered = RegisterFile.open("registeredFile", RegisterFile.REGISTERED, REGISTERED_HEADER,
				REGISTERED_COLUMNS, registeredContent, limits, errors);
		try {
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			Map<String, Entity> entities = new HashMap<>();
			LocalDate[] dataDate = new LocalDate[1];
			int ngoRows = readNgos(ngo, entities, dataDate);
			int registeredRows = readAddresses(registered, entities, dataDate);
			MunicipalityInAddress places = new MunicipalityInAddress(municipalities.all());
			for (Entity entity : entities.values()) {
				entity.municipality = places.find(entity.address);
			}
			return new Extract(new ArrayList<>(entities.values()), ngoRows, registeredRows, dataDate[0]);
		}
		finally {
			RegisterFile.closeAll(ngo, registered);
		}
	}

	/** The NGOs by code, the latest period of the status when a code comes again; the rows read. */
	private static int readNgos(RegisterFile file, Map<String, Entity> entities, LocalDate[] dataDate) {
		int code = file.column("ja_kodas");
		int name = file.column("ja_pavadinimas");
		int registeredOn = file.column("ja_reg_data");
		int formCode = file.column("form_kodas");
		int formName = file.column("form_pavadinimas");
		int since = file.column("nvo_nuo");
		int formed = file.column("formavimo_data");
		int rows = 0;
		// the forms repeat on every row: one copy of each is kept
		Map<String, String> forms = new HashMap<>();
		for (String row; (row = file.next()) != null;) {
			rows++;
			String[] cells = file.cells(row);
			String form = file.text(cells[formCode], "form_kodas", 20);
			String formLabel = file.text(cells[formName], "form_pavadinimas", 300);
			Entity entity = new Entity(file.code(cells[code]), required(file, file.text(cells[name], "ja_pavadinimas", 1000),
					"ja_pavadinimas"), form == null ? null : forms.computeIfAbsent(form, f -> f),
					formLabel == null ? null : forms.computeIfAbsent(formLabel, f -> f),
					file.date(cells[registeredOn], "ja_reg_data", false), file.date(cells[since], "nvo_nuo", true));
			LocalDate day = file.date(cells[formed], "formavimo_data", true);
			if (dataDate[0] == null || day.isAfter(dataDate[0])) {
				dataDate[0] = day;
			}
			Entity known = entities.get(entity.code);
			if (known == null || !entity.ngoSince.isBefore(known.ngoSince)) {
				entities.put(entity.code, entity);
			}
			if (entities.size() > MOST_NGOS) {
				throw file.problem("growth.register.error.tooManyNgos", String.valueOf(MOST_NGOS));
			}
		}
		if (rows == 0) {
			throw InvalidInputException.of("ngoFile", "growth.register.error.noRows", RegisterFile.NGO_NOW);
		}
		return rows;
	}

	/**
	 * Reads every row of the registered entities, checking its code and the day of its data, and
	 * keeps the address of those among the NGOs; the rows read.
	 */
	private static int readAddresses(RegisterFile file, Map<String, Entity> entities, LocalDate[] dataDate) {
		int code = file.column("ja_kodas");
		int address = file.column("adresas");
		int formed = file.column("formavimo_data");
		int rows = 0;
		String lastFormed = null;
		for (String row; (row = file.next()) != null;) {
			rows++;
			Entity entity = entities.get(file.code(file.cell(row, code)));
			String day = file.cell(row, formed);
			// the day is the same on (nearly) every row: read again only when it changes
			if (!day.equals(lastFormed)) {
				LocalDate date = file.date(day, "formavimo_data", true);
				if (date.isAfter(dataDate[0])) {
					dataDate[0] = date;
				}
				lastFormed = day;
			}
			if (entity != null) {
				entity.address = file.text(file.cell(row, address), "adresas", 1000);
			}
		}
		if (rows == 0) {
			throw InvalidInputException.of("registeredFile", "growth.register.error.noRows", RegisterFile.REGISTERED);
		}
		return rows;
	}

	private static String required(RegisterFile file, String value, String column) {
		if (value == null) {
			throw file.problem("growth.register.error.blank", column);
		}
		return value;
	}

	private void store(long network, Extract extract, boolean olderAccepted) {
		Optional<LocalDate> loaded = jdbc.sql("select x.data_date from register_extract x where x.network_id = ? for update")
			.param(network)
			.query(LocalDate.class)
			.optional();
		if (loaded.isPresent() && loaded.get().isAfter(extract.dataDate()) && !olderAccepted) {
			throw new OlderDataException(loaded.get(), extract.dataDate());
		}
		jdbc.sql("delete from register_entity where network_id = ?").param(network).update();
		batches.batchUpdate("""
				insert into register_entity (network_id, legal_code, name, form_code, form_name, registered_on, ngo_since,
				  address, municipality) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", extract.entities(), BATCH,
				(statement, entity) -> {
					statement.setLong(1, network);
					statement.setString(2, entity.code);
					statement.setString(3, entity.name);
					statement.setString(4, entity.formCode);
					statement.setString(5, entity.formName);
					statement.setObject(6, entity.registeredOn, Types.DATE);
					statement.setObject(7, entity.ngoSince, Types.DATE);
					statement.setString(8, entity.address);
					statement.setString(9, entity.municipality);
				});
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int updated = jdbc.sql("""
				update register_extract set data_date = ?, loaded_at = ?, ngo_rows = ?, registered_rows = ?, kept = ?,
				  version = version + 1
				where network_id = ?""")
			.params(extract.dataDate(), now, extract.ngoRows(), extract.registeredRows(), extract.entities().size(), network)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into register_extract (network_id, data_date, loaded_at, ngo_rows, registered_rows, kept)
					values (?, ?, ?, ?, ?, ?)""")
				.params(network, extract.dataDate(), now, extract.ngoRows(), extract.registeredRows(),
						extract.entities().size())
				.update();
		}
	}
}
