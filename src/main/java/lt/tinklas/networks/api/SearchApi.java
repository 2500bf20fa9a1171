package lt.tinklas.networks.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.networks.application.NetworkSearch;
import lt.tinklas.shared.search.SearchHit;
import lt.tinklas.shared.search.SearchQuery;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Networks")
class SearchApi {

	private final NetworkSearch search;

	SearchApi(NetworkSearch search) {
		this.search = search;
	}

	@GetMapping("/api/v1/networks/{slug}/search")
	@AnyNetworkRole
	@Operation(summary = "Search the network's records by name, e-mail, title, legal code or register number",
			description = """
					The kinds of record the caller's role may open (organizations, people, events, documents: \
					positions and letters, projects), in that order, each with at most 10 hits and more=true when \
					there are more; a kind that finds nothing is left out. Case and Lithuanian diacritics do not \
					matter (silute finds Šilutė). q must have 2 to 100 characters; otherwise 400 names the field q. \
					Each hit's path is its page under /n/{slug}.""")
	List<Kind> search(@Parameter(description = "what to look for", example = "maisto bankas") @RequestParam(
			name = "q", required = false) String typed, Authentication authentication, HttpServletRequest request) {
		String q = typed == null ? "" : typed.strip();
		if (q.length() > SearchQuery.LONGEST) {
			throw InvalidInputException.of("q", "search.tooLong");
		}
		SearchQuery query = SearchQuery.of(q);
		if (!query.isLongEnough()) {
			throw InvalidInputException.of("q", "search.tooShort");
		}
		String base = "/n/" + NetworkContext.of(request).slug();
		return search.search(query, authentication.getAuthorities())
			.stream()
			.map(group -> new Kind(group.kind(), group.hits()
				.stream()
				.map(hit -> new Hit(hit.label(), hit.detail(), base + hit.path()))
				.toList(), group.more()))
			.toList();
	}

	record Kind(String kind, List<Hit> hits, boolean more) {
	}

	record Hit(String label, String detail, String path) {
	}
}
