package lt.tinklas.organizations;

import java.util.List;
import java.util.Map;

import lt.tinklas.shared.web.ListPage;

/** One page of the filtered list, the total, and how many of the filtered are in each county. */
public record OrganizationPage(List<OrganizationView> items, long total, int page, int size,
		Map<String, Long> countByCounty) implements ListPage {
}
