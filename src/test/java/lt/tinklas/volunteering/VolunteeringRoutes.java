package lt.tinklas.volunteering;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.REDIRECT;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The volunteering module's routes and who may call them; read by identity's role table (RoleAccessTests). */
public final class VolunteeringRoutes {

	private VolunteeringRoutes() {
	}

	public static List<Route> table(Fixture test) {
		String n = "/n/nsmot";
		String a = "/api/v1/networks/nsmot/volunteering";
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/n/{slug}/volunteering", n + "/volunteering", Map.of(),    LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/volunteering/totals.{format}", n + "/volunteering/totals.xlsx", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("POST", "/n/{slug}/volunteering/programmes", n + "/volunteering/programmes", Map.of("name", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/volunteering/activities", n + "/volunteering/activities", Map.of("hours", "-1"),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/volunteering/activities/{id}", n + "/volunteering/activities/999999", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/volunteering/activities/{id}", n + "/volunteering/activities/999999",
						Map.of("hours", "-1"), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/volunteering/activities/{id}/delete", n + "/volunteering/activities/999999/delete",
						Map.of(), LOGIN, 404, 404, 404, 403, 403),
				api("GET", "/api/v1/networks/{slug}/volunteering/programmes", a + "/programmes", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/volunteering/programmes", a + "/programmes", "{}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/volunteering/activities", a + "/activities", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/volunteering/activities", a + "/activities", "{}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/volunteering/totals", a + "/totals", null,
						401, 404, OK, OK, OK, 403));
	}
}
