package lt.tinklas.partnerships;

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

/** The partnerships module's routes and who may call them; read by identity's role table (RoleAccessTests). */
public final class PartnershipsRoutes {

	/** Marks the planned agreement these rows read, so that it is made once. */
	private static final String MARK = "Rolių lentelės sutartis";

	private PartnershipsRoutes() {
	}

	public static List<Route> table(Fixture test) {
		long nsmot = test.nsmot();
		MunicipalAgreements agreements = test.bean(MunicipalAgreements.class);
		long id = Tenancy.runAs(nsmot, () -> agreements.list()
			.stream()
			.filter(a -> MARK.equals(a.scope()))
			.findFirst()
			.orElseGet(() -> agreements.create(new AgreementData("LT-02", AgreementStatus.PLANNED, null, null, null, MARK)))
			.id());
		String n = "/n/nsmot/municipal-agreements";
		String a = "/api/v1/networks/nsmot";
		String p = n + "/" + id;
		return List.of(
				//                                                                               anonymous plat admin  staff  board  member
				page("GET", "/n/{slug}/municipal-agreements", n, Map.of(),                         LOGIN, 404, OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/municipal-agreements/export.{format}", n + "/export.csv", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("GET", "/n/{slug}/municipal-agreements/map", n + "/map", Map.of(),            LOGIN, 404, OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/municipal-agreements/new", n + "/new", Map.of(),            LOGIN, 404, OK,    OK,    403,   403),
				page("POST", "/n/{slug}/municipal-agreements", n, Map.of("municipality", ""),      LOGIN, 404, OK,    OK,    403,   403),
				page("GET", "/n/{slug}/municipal-agreements/{id}", p, Map.of(),                    LOGIN, 404, OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/municipal-agreements/{id}/edit", p + "/edit", Map.of(),     LOGIN, 404, OK,    OK,    403,   403),
				// without a version the change is refused and the form comes back
				page("POST", "/n/{slug}/municipal-agreements/{id}", p, Map.of("municipality", "LT-02"),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/municipal-agreements/{id}/delete", n + "/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				// no file: refused with a message, nothing kept
				page("POST", "/n/{slug}/municipal-agreements/{id}/document", p + "/document", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/municipal-agreements/{id}/document", p + "/document", Map.of(),
						LOGIN, 404, 404, 404, 404, 403),
				page("GET", "/n/{slug}/municipal-agreements/analyses", n + "/analyses", Map.of(),  LOGIN, 404, OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/municipal-agreements/analyses", n + "/analyses", Map.of("title", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/municipal-agreements/analyses/{id}/file", n + "/analyses/999999/file", Map.of(),
						LOGIN, 404, 404, 404, 404, 403),
				api("GET", "/api/v1/networks/{slug}/municipal-agreements", a + "/municipal-agreements?on=2017-12-31", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/municipal-agreements", a + "/municipal-agreements",
						"{\"municipality\":\"\"}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/municipal-agreements/{id}", a + "/municipal-agreements/" + id, null,
						401, 404, OK, OK, OK, 403),
				api("PUT", "/api/v1/networks/{slug}/municipal-agreements/{id}", a + "/municipal-agreements/" + id,
						"{\"municipality\":\"LT-02\",\"status\":\"PLANNED\"}", 401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/municipal-analyses", a + "/municipal-analyses", null,
						401, 404, OK, OK, OK, 403));
	}
}
