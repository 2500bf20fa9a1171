package lt.tinklas.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The links under a list shown a page at a time ({@code fragments/pages}): the first and the last
 * page and a few around the current one, each keeping the list's other parameters, so that a list
 * of two thousand pages gets a dozen links. Pages count from 0 and are shown from 1.
 */
public record PageLinks(int current, int last, List<Integer> shown, String base) {

	private static final int AROUND = 3;

	/** The page a list page was asked for: a number from 0; anything else (-1, "du") is the first page. */
	public static int asked(String written) {
		try {
			return written == null ? 0 : Math.max(0, Integer.parseInt(written.strip()));
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	/** The last page of a list of {@code total} items; 0 for an empty list. */
	public static int lastPage(long total, int size) {
		return total == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total - 1) / size);
	}

	/**
	 * Reads the page a list page was asked for with {@code reader}; past the end of the list, the
	 * last page instead.
	 */
	public static <P extends ListPage> P read(String asked, int size, IntFunction<P> reader) {
		P page = reader.apply(asked(asked));
		if (page.items().isEmpty() && page.page() > 0 && page.total() > 0) {
			return reader.apply(lastPage(page.total(), size));
		}
		return page;
	}

	/** The links under the page of the list ({@code size} items a page), at the request's address. */
	public static PageLinks of(ListPage list, int size, HttpServletRequest request) {
		int page = list.page();
		int last = lastPage(list.total(), size);
		TreeSet<Integer> shown = new TreeSet<>(List.of(0, last));
		for (int p = Math.max(0, page - AROUND); p <= Math.min(last, page + AROUND); p++) {
			shown.add(p);
		}
		StringBuilder address = new StringBuilder(request.getRequestURI()).append('?');
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page")) {
				for (String value : values) {
					address.append(encoded(name)).append('=').append(encoded(value)).append('&');
				}
			}
		});
		return new PageLinks(page, last, List.copyOf(shown), address.toString());
	}

	/** The address of a page of the list, its other parameters kept. */
	public String href(int page) {
		return base + "page=" + page;
	}

	/** Whether pages are left out between this shown page and the one shown before it. */
	public boolean gapBefore(int index) {
		return index > 0 && shown.get(index) > shown.get(index - 1) + 1;
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
