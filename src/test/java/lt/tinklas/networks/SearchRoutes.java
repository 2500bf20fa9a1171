package lt.tinklas.networks;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/**
 * The network's search and who may use it; read by identity's role table (RoleAccessTests). Every
 * network role may search; what each finds is its own (SearchTests).
 */
public final class SearchRoutes {

	private SearchRoutes() {
	}

	public static List<Route> table(Fixture test) {
		return List.of(
				//                                                                          anonymous plat admin staff board member
				page("GET", "/n/{slug}/search", "/n/nsmot/search?q=maisto", Map.of(),      LOGIN,   404, OK,   OK,   OK,   OK),
				api("GET", "/api/v1/networks/{slug}/search", "/api/v1/networks/nsmot/search?q=maisto", null,
						401, 404, OK, OK, OK, OK));
	}
}
