package lt.tinklas.shared.text;

import java.sql.DatabaseMetaData;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Sorts text in Lithuanian alphabetical order in SQL, so that a list is ordered and paged by the
 * database: {@code "order by " + lithuanian.of("o.name")}. On PostgreSQL that is ICU's collation
 * {@code lt-x-icu} (the name columns carry it too, {@code db/vendor/postgresql}). The embedded H2
 * cannot change its collation once a database has tables, so there the function
 * {@code lithuanian()} ({@code db/vendor/h2}) orders by {@link #sortKey this collator's key}.
 */
@Component
public class LithuanianOrder {

	private final boolean h2;

	LithuanianOrder(DataSource dataSource) {
		this.h2 = "H2".equals(productName(dataSource));
	}

	/** The SQL expression that orders the column (or any text expression) the Lithuanian way. */
	public String of(String column) {
		return h2 ? "lithuanian(" + column + ")" : column + " collate \"lt-x-icu\"";
	}

	/**
	 * The text's sort key under {@link SearchText#collator()}, as hexadecimal digits that compare
	 * in the same order as the keys: what H2's {@code lithuanian()} answers.
	 */
	public static String sortKey(String text) {
		return text == null ? null : HexFormat.of().formatHex(SearchText.collator().getCollationKey(text).toByteArray());
	}

	private static String productName(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("Cannot tell which database this is", e);
		}
	}
}
