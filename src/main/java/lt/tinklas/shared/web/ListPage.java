package lt.tinklas.shared.web;

import java.util.List;

/** One page of a longer list: its items, how many the whole list has, and which page it is (from 0). */
public interface ListPage {

	/** The most items the API answers a page with. */
	int MAX_SIZE = 500;

	List<?> items();

	long total();

	int page();

	/** Refuses a page before the first or a size outside 1 to {@value #MAX_SIZE}, naming the parameter. */
	static void check(int page, int size) {
		if (page < 0) {
			throw InvalidInputException.of("page", "common.error.paging");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInputException.of("size", "common.error.paging");
		}
	}
}
