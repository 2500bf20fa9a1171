package lt.tinklas.people;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The routes of the network's kinds of consent and who may call them; read by identity's role table (RoleAccessTests). */
public final class ConsentRoutes {

	private ConsentRoutes() {
	}

	public static List<Route> table(Fixture test) {
		String n = "/n/nsmot/consent-kinds";
		String a = "/api/v1/networks/nsmot/consent-kinds";
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/n/{slug}/consent-kinds", n, Map.of(),                    LOGIN, 404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/consent-kinds", n, Map.of("nameLt", ""),       LOGIN, 404,   OK,    OK,    403,   403),
				page("GET", "/n/{slug}/consent-kinds/{id}", n + "/999999", Map.of(),   LOGIN, 404,   404,   404,   403,   403),
				page("POST", "/n/{slug}/consent-kinds/{id}", n + "/999999", Map.of("nameLt", ""),
						LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/consent-kinds/{id}/delete", n + "/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				api("GET", "/api/v1/networks/{slug}/consent-kinds", a, null,           401,   404,   OK,    OK,    OK,    OK),
				api("POST", "/api/v1/networks/{slug}/consent-kinds", a, "{}",           401,   404,   400,   400,   403,   403),
				api("GET", "/api/v1/networks/{slug}/consent-kinds/{id}", a + "/999999", null,
						401, 404, 404, 404, 404, 404),
				api("PUT", "/api/v1/networks/{slug}/consent-kinds/{id}", a + "/999999", "{}",
						401, 404, 400, 400, 403, 403),
				api("DELETE", "/api/v1/networks/{slug}/consent-kinds/{id}", a + "/999999", null,
						401, 404, 404, 404, 403, 403));
	}
}
