package lt.tinklas.reports;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.REDIRECT;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The yearly report's routes and who may call them; read by identity's role table (RoleAccessTests). */
public final class ReportsRoutes {

	private ReportsRoutes() {
	}

	public static List<Route> table(Fixture test) {
		String n = "/n/nsmot/reports/annual";
		String a = "/api/v1/networks/nsmot/reports/annual";
		return List.of(
				//                                                                              anonymous plat  admin     staff     board  member
				page("GET", "/n/{slug}/reports/annual", n, Map.of(),                            LOGIN, 404,   REDIRECT, REDIRECT, REDIRECT, 403),
				page("GET", "/n/{slug}/reports/annual/{year}", n + "/2025", Map.of(),           LOGIN, 404,   OK,       OK,       OK,    403),
				page("GET", "/n/{slug}/reports/annual/{year}.pdf", n + "/2025.pdf", Map.of(),   LOGIN, 404,   OK,       OK,       OK,    403),
				page("GET", "/n/{slug}/reports/annual/{year}.xlsx", n + "/2025.xlsx", Map.of(), LOGIN, 404,   OK,       OK,       OK,    403),
				// a year out of range is refused before anything is saved
				page("POST", "/n/{slug}/reports/annual/{year}/narrative", n + "/1899/narrative", Map.of("introduction", "x"),
						LOGIN, 404, 400, 400, 403, 403),
				page("POST", "/n/{slug}/reports/annual/{year}/narrative/publish", n + "/1899/narrative/publish", Map.of(),
						LOGIN, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/reports/annual/{year}", a + "/2025", null, 401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/reports/annual/{year}.pdf", a + "/2025.pdf", null, 401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/reports/annual/{year}.xlsx", a + "/2025.xlsx", null, 401, 404, OK, OK, OK, 403));
	}
}
