package lt.tinklas.generator;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Writes a generation's networks in one transaction on one connection, table by table with COPY:
 * all of it or, on any failure or refusal, nothing. Refuses a database that is not PostgreSQL and a
 * slug or bench e-mail that already exists, before it writes.
 */
@Component
public class DataGenerator {

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private final DataSource dataSource;
	private final PasswordEncoder passwords;
	private final String url;
	private final String owner;
	private final String ownerPassword;

	DataGenerator(DataSource dataSource, PasswordEncoder passwords, @Value("${spring.datasource.url:}") String url,
			@Value("${spring.flyway.user:}") String owner, @Value("${spring.flyway.password:}") String ownerPassword) {
		this.dataSource = dataSource;
		this.passwords = passwords;
		this.url = url;
		this.owner = owner;
		this.ownerPassword = ownerPassword;
	}

	/**
	 * The tables' owner's connection where the migrations run as another role than the application
	 * (SPRING_FLYWAY_USER): loading in bulk changes keys and lifts row-level security for the load,
	 * which only the owner may.
	 */
	private Connection ownersConnection() throws SQLException {
		return owner.isBlank() ? dataSource.getConnection() : DriverManager.getConnection(url, owner, ownerPassword);
	}

	public GenerationReport generate(GenerationSize size) {
		long started = System.nanoTime();
		try (Connection connection = ownersConnection()) {
			String database = connection.getMetaData().getDatabaseProductName();
			if (!"PostgreSQL".equalsIgnoreCase(database)) {
				throw notPostgres(database);
			}
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				refuseExisting(connection, size);
				Plan plan = Plan.of(size, Places.read(connection));
				Tables tables = new Tables(connection.unwrap(PGConnection.class).getCopyAPI());
				IdSequences ids = new IdSequences(connection);
				ForeignKeys keys = ForeignKeys.suspend(connection, ForeignKeys.BULK_TABLES);
				RowSecurity security = RowSecurity.suspend(connection);
				// one hash for every bench account: hashing is slow on purpose
				new AccountRows(plan, tables, ids, passwords.encode(AccountRows.PASSWORD)).write();
				new OrganizationRows(plan, tables, ids).write();
				new PeopleRows(plan, tables, ids, connection).write();
				new EventRows(plan, tables, ids).write();
				new AdvocacyRows(plan, tables, ids).write();
				new ProjectRows(plan, tables, ids).write();
				new StrategyRows(plan, tables, ids).write();
				security.restore();
				keys.restore();
				ids.advance();
				connection.commit();
				analyze(connection, tables.rows().keySet());
				return new GenerationReport(size.name(), size.slugs(), tables.rows(),
						Duration.ofNanos(System.nanoTime() - started));
			}
			catch (RuntimeException | SQLException | Error e) {
				connection.rollback();
				throw e;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("The generation failed and wrote nothing: " + e.getMessage(), e);
		}
	}

	/**
	 * Vacuums the tables just filled and gives the planner their statistics, as autovacuum would
	 * in time: without statistics it plans for empty tables (where autovacuum is off, or until it
	 * comes round) and a page of 5,000 organizations is read as if there were none; without the
	 * visibility map an index-only scan still reads every row it finds.
	 */
	private static void analyze(Connection connection, Collection<String> tables) {
		long started = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			// VACUUM runs outside a transaction
			connection.setAutoCommit(true);
			for (String table : tables) {
				statement.execute("vacuum analyze " + table);
			}
			log.info("Vacuumed and analyzed {} tables in {} ms", tables.size(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (SQLException e) {
			// the data is written; only the statistics wait for the next (auto)vacuum
			log.warn("The generated data is written, but analyzing its tables failed: {}", e.getMessage());
		}
	}

	static GenerationRefused notPostgres(String what) {
		return new GenerationRefused("The data generator writes to PostgreSQL only; this start uses " + what + ".",
				"Point it at a PostgreSQL database: SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/database "
						+ "(with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD), or "
						+ "--spring.datasource.url=jdbc:postgresql://... on the command line.");
	}

	/** Refused when a network slug or a bench user's e-mail the generation would create is taken. */
	private static void refuseExisting(Connection connection, GenerationSize size) throws SQLException {
		List<String> slugs = size.slugs();
		List<String> takenSlugs = existing(connection, "select slug from network where slug = any(?) order by slug", slugs);
		List<String> emails = new ArrayList<>();
		for (String slug : slugs) {
			emails.add(AccountRows.staffEmail(slug));
			emails.add(AccountRows.adminEmail(slug));
		}
		List<String> takenEmails = existing(connection,
				"select email from user_account where email = any(?) order by email", emails);
		if (!takenSlugs.isEmpty() || !takenEmails.isEmpty()) {
			String what = !takenSlugs.isEmpty() ? "networks " + shortList(takenSlugs) + " already exist"
					: "users " + shortList(takenEmails) + " already exist";
			throw new GenerationRefused("The generator creates new networks only, and " + what + "; it wrote nothing.",
					"Generate into a fresh database (createdb, then SPRING_DATASOURCE_URL), or pick other slugs with "
							+ GenerationSize.PROPERTY + "=custom and " + GenerationSize.PROPERTY + ".slug (and "
							+ GenerationSize.PROPERTY + ".import-network=false when '" + GenerationSize.IMPORT_SLUG
							+ "' exists).");
		}
		log.info("Generating '{}' into {} network(s) in one transaction", size.name(), slugs.size());
	}

	private static List<String> existing(Connection connection, String sql, List<String> values) throws SQLException {
		List<String> found = new ArrayList<>();
		Array array = connection.createArrayOf("varchar", values.toArray());
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setArray(1, array);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					found.add(result.getString(1));
				}
			}
		}
		finally {
			array.free();
		}
		return found;
	}

	private static String shortList(List<String> values) {
		return values.size() <= 5 ? String.join(", ", values)
				: String.join(", ", values.subList(0, 5)) + " and " + (values.size() - 5) + " more";
	}
}
