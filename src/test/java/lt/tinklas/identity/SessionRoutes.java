package lt.tinklas.identity;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.REDIRECT;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/**
 * The routes of one's own sessions and who may call them; read by the role table (RoleAccessTests).
 * Ending the others leaves the caller's own session, the one the table goes on with.
 */
public final class SessionRoutes {

	private SessionRoutes() {
	}

	public static List<Route> table(Fixture test) {
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/account/sessions", "/account/sessions", Map.of(),        LOGIN, OK,    OK,    OK,    OK,    OK),
				page("POST", "/account/sessions/{handle}/end", "/account/sessions/0123456789abcdef0123456789abcdef/end",
						Map.of(), LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
				page("POST", "/account/sessions/end-others", "/account/sessions/end-others", Map.of(),
						LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT));
	}
}
