package lt.tinklas.identity;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The routes of one's personal API tokens and who may call them; read by the role table (RoleAccessTests). */
final class ApiTokenRoutes {

	private ApiTokenRoutes() {
	}

	static List<Route> table(Fixture test) {
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				// without a name the form is shown again with the reason; nothing is made
				page("POST", "/account/tokens", "/account/tokens", Map.of("name", ""),   LOGIN,  OK,    OK,    OK,    OK,    OK),
				// everyone revokes only their own tokens: another's does not exist for them
				page("POST", "/account/tokens/{id}/revoke", "/account/tokens/999999/revoke", Map.of(),
						LOGIN, 404, 404, 404, 404, 404));
	}
}
