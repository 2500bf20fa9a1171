package lt.tinklas.support;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.REDIRECT;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.support.application.ConsultationView;
import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The support module's routes and who may call them; read by identity's role table (RoleAccessTests). */
public final class SupportRoutes {

	private SupportRoutes() {
	}

	public static List<Route> table(Fixture test) {
		long nsmot = test.nsmot();
		Consultations consultations = test.bean(Consultations.class);
		List<ConsultationView> all = Tenancy.runAs(nsmot,
				() -> consultations.list(new Consultations.Filter(null, null, null, null)));
		// the member representative speaks for the Food Bank: its consultation they see, another's they do not
		long own = all.stream().filter(c -> c.organizationId() == test.organizationId()).findFirst().orElseThrow().id();
		long other = all.stream().filter(c -> c.organizationId() != test.organizationId()).findFirst().orElseThrow().id();
		String n = "/n/nsmot";
		String a = "/api/v1/networks/nsmot";
		String c = n + "/consultations/";
		String q = n + "/quality/organizations/" + test.organizationId();
		String ao = a + "/organizations/" + test.organizationId();
		return List.of(
				//                                                                        anonymous plat  admin  staff  board  member
				page("GET", "/n/{slug}/consultations", n + "/consultations", Map.of(),    LOGIN, 404,   OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/consultations/export.{format}", n + "/consultations/export.xlsx", Map.of(),
						LOGIN, 404, OK, OK, OK, OK),
				page("GET", "/n/{slug}/consultations/new", c + "new", Map.of(),          LOGIN, 404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/consultations", n + "/consultations", Map.of("organizationId", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/consultations/{id}", c + own, Map.of(),            LOGIN, 404,   OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/consultations/{id}", c + other, Map.of(),          LOGIN, 404,   OK,    OK,    OK,    404),
				page("GET", "/n/{slug}/consultations/{id}/edit", c + own + "/edit", Map.of(), LOGIN, 404, OK,    OK,    403,   403),
				// without the version read, the change is refused on the form
				page("POST", "/n/{slug}/consultations/{id}", c + own, Map.of("organizationId", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/consultations/{id}/delete", c + "999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/consultations/reviews", c + "reviews", Map.of(),   LOGIN, 404,   OK,    OK,    OK,    OK),
				page("POST", "/n/{slug}/consultations/reviews", c + "reviews", Map.of("organizationId", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/consultations/reviews/{id}/delete", c + "reviews/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/quality", n + "/quality", Map.of(),                LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/quality/export.{format}", n + "/quality/export.csv", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				page("POST", "/n/{slug}/quality/standards", n + "/quality/standards", Map.of("name", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/quality/organizations/{id}", q, Map.of(),          LOGIN, 404,   OK,    OK,    OK,    403),
				page("POST", "/n/{slug}/quality/organizations/{id}/stages", q + "/stages", Map.of(),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/quality/organizations/{id}/stages/{stepId}/delete", q + "/stages/999999/delete",
						Map.of(), LOGIN, 404, 404, 404, 403, 403),
				api("POST", "/api/v1/networks/{slug}/consultations", a + "/consultations", "{\"organizationId\":null}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/consultations", a + "/consultations", null, 401, 404, OK, OK, OK, OK),
				api("GET", "/api/v1/networks/{slug}/consultations/{id}", a + "/consultations/" + own, null,
						401, 404, OK, OK, OK, OK),
				api("GET", "/api/v1/networks/{slug}/consultations/{id}", a + "/consultations/" + other, null,
						401, 404, OK, OK, OK, 404),
				api("POST", "/api/v1/networks/{slug}/report-reviews", a + "/report-reviews", "{}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/report-reviews", a + "/report-reviews", null, 401, 404, OK, OK, OK, OK),
				api("GET", "/api/v1/networks/{slug}/quality-standards", a + "/quality-standards", null,
						401, 404, OK, OK, OK, 403),
				api("POST", "/api/v1/networks/{slug}/organizations/{id}/quality-stages", ao + "/quality-stages", "{}",
						401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/organizations/{id}/quality-stages", ao + "/quality-stages", null,
						401, 404, OK, OK, OK, 403),
				api("GET", "/api/v1/networks/{slug}/quality", a + "/quality", null,        401, 404,   OK,    OK,    OK,    403));
	}
}
