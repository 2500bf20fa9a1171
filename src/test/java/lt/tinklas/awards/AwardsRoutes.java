package lt.tinklas.awards;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.REDIRECT;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The awards module's routes and who may call them; read by identity's role table (RoleAccessTests). */
public final class AwardsRoutes {

	private AwardsRoutes() {
	}

	/** An NSMOT programme with a 2097 round (a year no demo record uses), made once for the table. */
	private static long[] records(Fixture test) {
		Awards awards = test.bean(Awards.class);
		long nsmot = test.nsmot();
		return Tenancy.runAs(nsmot, () -> {
			Awards.ProgrammeView programme = awards.programmes()
				.stream()
				.filter(p -> p.name().equals("Prieigos apdovanojimas"))
				.findFirst()
				.orElseGet(() -> awards.createProgramme("Prieigos apdovanojimas", null, null, null));
			Awards.RoundView round = awards.rounds(programme.id())
				.stream()
				.filter(r -> r.year() == 2097)
				.findFirst()
				.orElseGet(() -> awards.createRound(programme.id(), 2097, null));
			return new long[] { programme.id(), round.id() };
		});
	}

	public static List<Route> table(Fixture test) {
		long[] ids = records(test);
		String n = "/n/nsmot";
		String a = "/api/v1/networks/nsmot";
		String p = n + "/awards/" + ids[0];
		String r = p + "/rounds/" + ids[1];
		String ar = a + "/awards/" + ids[0] + "/rounds/" + ids[1];
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/n/{slug}/awards", n + "/awards", Map.of(),                LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/awards", n + "/awards", Map.of("name", ""),     LOGIN, 404,   REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/awards/{id}", p, Map.of(),                       LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/awards/{id}/rounds", p + "/rounds", Map.of("year", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/awards/{id}/rounds/{roundId}", r, Map.of(),      LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/awards/{id}/rounds/{roundId}/nominees", r + "/nominees", Map.of("name", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/awards/{id}/rounds/{roundId}/nominees/{nomineeId}/photo",
						r + "/nominees/999999/photo", Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/awards/{id}/rounds/{roundId}/nominees/{nomineeId}/laureate",
						r + "/nominees/999999/laureate", Map.of("version", "0"), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/awards/{id}/rounds/{roundId}/nominees/{nomineeId}/delete",
						r + "/nominees/999999/delete", Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/public/awards/{roundId}", n + "/public/awards/" + ids[1], Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/awards/{roundId}/photos/{nomineeId}",
						n + "/public/awards/" + ids[1] + "/photos/999999", Map.of(), 404, 404, 404, 404, 404, 404),
				api("GET", "/api/v1/networks/{slug}/awards", a + "/awards", null,       401,   404,   OK,    OK,    OK,    403),
				api("POST", "/api/v1/networks/{slug}/awards", a + "/awards", "{}",      401,   404,   400,   400,   403,   403),
				api("GET", "/api/v1/networks/{slug}/awards/{id}/rounds", a + "/awards/" + ids[0] + "/rounds", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/awards/{id}/rounds", a + "/awards/" + ids[0] + "/rounds", "{}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/awards/{id}/rounds/{roundId}/nominees", ar + "/nominees", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/awards/{id}/rounds/{roundId}/nominees", ar + "/nominees", "{}",
						401, 404, 400, 400, 403, 403));
	}
}
