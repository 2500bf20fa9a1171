package lt.tinklas.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The order a list is shown in, asked as {@code ?sort=name&dir=asc} ({@code fragments/sort}): a
 * key the list does not know is its first key, a direction other than {@code desc} ascending, so a
 * bad address shows the list in its usual order. A column's link keeps the list's filters, starts
 * again at the first page, and reverses the order when the list is already sorted by it.
 */
public record ListSort(String key, boolean descending, String base) {

	/** The order asked for among the list's {@code keys} (the first is the default), at the request's address. */
	public static ListSort of(String sort, String dir, List<String> keys, HttpServletRequest request) {
		String key = sort != null && keys.contains(sort) ? sort : keys.get(0);
		StringBuilder address = new StringBuilder(request.getRequestURI()).append('?');
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("sort") && !name.equals("dir")) {
				for (String value : values) {
					address.append(encoded(name)).append('=').append(encoded(value)).append('&');
				}
			}
		});
		return new ListSort(key, "desc".equals(dir), address.toString());
	}

	/** {@code asc} or {@code desc}, for links that keep the order (exports, pages). */
	public String dir() {
		return descending ? "desc" : "asc";
	}

	/** The address that sorts by the column: reversed when sorted by it already, else ascending. */
	public String href(String column) {
		boolean reverse = column.equals(key) && !descending;
		return base + "sort=" + encoded(column) + "&dir=" + (reverse ? "desc" : "asc");
	}

	/** The column header's {@code aria-sort}: none for a column the list is not sorted by. */
	public String ariaSort(String column) {
		return column.equals(key) ? (descending ? "descending" : "ascending") : null;
	}

	/** The arrow beside the sorted column's name (hidden from screen readers, which read aria-sort). */
	public String mark(String column) {
		return column.equals(key) ? (descending ? "▼" : "▲") : "";
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
