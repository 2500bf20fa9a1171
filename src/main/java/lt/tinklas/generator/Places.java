package lt.tinklas.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lithuania's municipalities as the organizations migration stored them (ISO code, short name,
 * county), with a weight for picking a seat or a venue: the capital most, the other cities more
 * than the districts.
 */
final class Places {

	private final String[] iso;
	private final String[] shortName;
	private final String[] county;
	private final double[] cumulative;

	private Places(List<String[]> rows) {
		int n = rows.size();
		iso = new String[n];
		shortName = new String[n];
		county = new String[n];
		cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			String[] row = rows.get(i);
			iso[i] = row[0];
			shortName[i] = row[1];
			county[i] = row[2];
			sum += row[0].equals("LT-57") ? 10 : row[1].contains(" m. ") ? 4 : 1;
			cumulative[i] = sum;
		}
	}

	static Places read(Connection connection) throws SQLException {
		List<String[]> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select iso_code, short_name, county_iso from municipality order by iso_code")) {
			while (result.next()) {
				rows.add(new String[] { result.getString(1), result.getString(2), result.getString(3) });
			}
		}
		if (rows.isEmpty()) {
			throw new IllegalStateException("The municipality table is empty: the organizations migration has not run.");
		}
		return new Places(rows);
	}

	int size() {
		return iso.length;
	}

	/** A municipality, the bigger places more often. */
	int pick(SplittableRandom random) {
		double at = random.nextDouble() * cumulative[cumulative.length - 1];
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (cumulative[middle] <= at) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** Another municipality of the same county, or the same when the county has one. */
	int neighbour(SplittableRandom random, int place) {
		int start = random.nextInt(iso.length);
		for (int k = 0; k < iso.length; k++) {
			int candidate = (start + k) % iso.length;
			if (candidate != place && county[candidate].equals(county[place])) {
				return candidate;
			}
		}
		return place;
	}

	String iso(int place) {
		return iso[place];
	}

	String shortName(int place) {
		return shortName[place];
	}
}
