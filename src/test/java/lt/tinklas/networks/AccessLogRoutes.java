package lt.tinklas.networks;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/**
 * The network's access log and who may read it: its admins only, the staff who make the readings
 * included; read by identity's role table (RoleAccessTests). What it shows: AccessLogTests.
 */
public final class AccessLogRoutes {

	private AccessLogRoutes() {
	}

	public static List<Route> table(Fixture test) {
		return List.of(
				//                                                                                anonymous plat admin staff board member
				page("GET", "/n/{slug}/access-log", "/n/nsmot/access-log", Map.of(),              LOGIN,   404, OK,   403,  403,  403),
				page("GET", "/n/{slug}/access-log/export.{format}", "/n/nsmot/access-log/export.csv", Map.of(),
						LOGIN, 404, OK, 403, 403, 403));
	}
}
