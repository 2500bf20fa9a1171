package lt.tinklas.growth;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The register extract's page and who may use it; read by identity's role table (RoleAccessTests). */
public final class RegisterExtractRoutes {

	private RegisterExtractRoutes() {
	}

	public static List<Route> table(Fixture test) {
		String r = "/n/nsmot/growth/register";
		return List.of(
				//                                                              anonymous plat admin staff board member
				page("GET", "/n/{slug}/growth/register", r, Map.of(),              LOGIN, 404, OK, OK, 403, 403),
				// no file chosen: the page asks for both, nothing changes
				page("POST", "/n/{slug}/growth/register", r, Map.of(),             LOGIN, 404, OK, OK, 403, 403));
	}
}
