package lt.tinklas.networks.web;

import java.util.List;

import lt.tinklas.networks.application.NetworkSearch;
import lt.tinklas.shared.search.SearchQuery;
import lt.tinklas.shared.security.AnyNetworkRole;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network's search page: what the header's search box finds, grouped by kind (organizations,
 * people, events, documents, projects), only the kinds the caller's roles may open. Case and
 * diacritics do not matter; at least {@value SearchQuery#SHORTEST} letters are needed.
 */
@Controller
class SearchController {

	private final NetworkSearch search;

	SearchController(NetworkSearch search) {
		this.search = search;
	}

	@GetMapping("/n/{slug}/search")
	@AnyNetworkRole
	String search(@RequestParam(name = "q", required = false) String typed, Authentication authentication,
			Model model) {
		String q = typed == null ? "" : typed.strip();
		model.addAttribute("q", q);
		if (q.isEmpty()) {
			return "networks/search";
		}
		if (q.length() > SearchQuery.LONGEST) {
			model.addAttribute("problem", "search.tooLong");
			return "networks/search";
		}
		SearchQuery query = SearchQuery.of(q);
		if (!query.isLongEnough()) {
			model.addAttribute("problem", "search.tooShort");
			return "networks/search";
		}
		List<NetworkSearch.Group> groups = search.search(query, authentication.getAuthorities());
		model.addAttribute("groups", groups);
		model.addAttribute("found", groups.stream().mapToInt(g -> g.hits().size()).sum());
		return "networks/search";
	}
}
