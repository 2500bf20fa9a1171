package lt.tinklas.shared.sheets;

import java.util.List;
import java.util.Map;

/**
 * A table read from a file: the header row's names and the rows under it, each row a map from
 * header to text ("" for an empty cell); {@code rowNumber} is the row as a spreadsheet shows it.
 */
public record Table(List<String> headers, List<Row> rows) {

	public record Row(int rowNumber, Map<String, String> cells) {

		public String get(String header) {
			String value = cells.get(header);
			return value == null ? "" : value.strip();
		}
	}
}
