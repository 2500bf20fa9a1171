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
 * The routes of passkeys and the second factor and who may call them; read by the role table
 * (RoleAccessTests). Spring Security's own passkey endpoints (/webauthn/..., /login/webauthn) are
 * filters, not mapped routes: TwoFactorTests covers them.
 */
final class SecondFactorRoutes {

	private SecondFactorRoutes() {
	}

	static List<Route> table(Fixture test) {
		return List.of(
				// no sign-in waits for its second step: everyone is sent to sign in again
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/login/second-factor", "/login/second-factor", Map.of(),  REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
				page("POST", "/login/second-factor", "/login/second-factor", Map.of("code", ""),
						REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
				page("GET", "/account/two-factor", "/account/two-factor", Map.of(),    LOGIN,  OK,    OK,    OK,    OK,    OK),
				// no code: the setup is shown again with the reason
				page("POST", "/account/two-factor", "/account/two-factor", Map.of("code", ""), LOGIN, OK, OK, OK, OK, OK),
				// codes are not on: nothing to turn off, back to the setup
				page("POST", "/account/two-factor/disable", "/account/two-factor/disable", Map.of("code", ""),
						LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
				page("POST", "/account/passkeys/{id}/delete", "/account/passkeys/nera/delete", Map.of(),
						LOGIN, 404, 404, 404, 404, 404),
				page("GET", "/n/{slug}/settings/security", "/n/nsmot/settings/security", Map.of(),
						LOGIN, 404, OK, 403, 403, 403),
				// no choice: the admin is shown the form again with the reason
				page("POST", "/n/{slug}/settings/security", "/n/nsmot/settings/security", Map.of("secondFactor", ""),
						LOGIN, 404, OK, 403, 403, 403));
	}
}
