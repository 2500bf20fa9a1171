package lt.tinklas.newsletters;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.newsletters.application.Mailings;
import lt.tinklas.newsletters.application.SegmentPart;
import lt.tinklas.newsletters.application.Segments;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The newsletters' routes and who may call them; read by identity's role table (RoleAccessTests). */
public final class NewslettersRoutes {

	private NewslettersRoutes() {
	}

	/** An NSMOT segment and a draft mailing to it, made once for the table. */
	private static long[] records(Fixture test) {
		Segments segments = test.bean(Segments.class);
		Mailings mailings = test.bean(Mailings.class);
		return Tenancy.runAs(test.nsmot(), () -> {
			long segment = segments.list()
				.stream()
				.filter(s -> s.name().equals("Prieigos auditorija"))
				.findFirst()
				.orElseGet(() -> segments.create(new Segments.SegmentData("Prieigos auditorija", false,
						List.of(new SegmentPart(SegmentPart.PartType.LIST, false, null, null, null, null, null, null, null,
								null, null, null, null, List.of("prieiga@nsmot.demo"))))))
				.id();
			long mailing = mailings.list()
				.stream()
				.filter(m -> m.subject().equals("Prieigos laiškas"))
				.findFirst()
				.orElseGet(() -> mailings.create(new Mailings.MailingData(segment, "Prieigos laiškas", "Sveiki.", null, null,
						false)))
				.id();
			return new long[] { segment, mailing };
		});
	}

	public static List<Route> table(Fixture test) {
		long[] ids = records(test);
		String n = "/n/nsmot/newsletters";
		String m = n + "/" + ids[1];
		String s = n + "/segments/" + ids[0];
		String a = "/api/v1/networks/nsmot";
		return List.of(
				//                                                                          anonymous plat admin staff board member
				page("GET", "/n/{slug}/newsletters", n, Map.of(),                            LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/newsletters/export.{format}", n + "/export.csv", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/newsletters/new", n + "/new", Map.of(),               LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/newsletters", n, Map.of("subject", ""),              LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/newsletters/{id}", m, Map.of(),                       LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/newsletters/{id}/edit", m + "/edit", Map.of(),        LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/newsletters/{id}", m, Map.of("subject", ""),         LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/newsletters/{id}/test", n + "/999999/test", Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/newsletters/{id}/send", n + "/999999/send", Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/newsletters/{id}/cancel", n + "/999999/cancel", Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/newsletters/{id}/delete", n + "/999999/delete", Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/newsletters/{id}/recipients", m + "/recipients", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/newsletters/{id}/recipients.{format}", m + "/recipients.csv", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/newsletters/segments", n + "/segments", Map.of(),    LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/newsletters/segments/new", n + "/segments/new", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/newsletters/segments", n + "/segments", Map.of("name", ""), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/newsletters/segments/{id}", s, Map.of(),              LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/newsletters/segments/{id}", s, Map.of("name", ""),   LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/newsletters/segments/{id}/delete", n + "/segments/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/newsletters/bounces", n + "/bounces", Map.of(),      LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/newsletters/bounces/{id}/clear", n + "/bounces/999999/clear", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/newsletters/settings", n + "/settings", Map.of(),    LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/newsletters/settings", n + "/settings", Map.of("rate", ""), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/public/newsletters", "/n/nsmot/public/newsletters", Map.of(), OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/newsletters/{id}", "/n/nsmot/public/newsletters/999999", Map.of(),
						404, 404, 404, 404, 404, 404),
				page("GET", "/n/{slug}/public/newsletters/unsubscribe/{token}", "/n/nsmot/public/newsletters/unsubscribe/nothing",
						Map.of(), OK, OK, OK, OK, OK, OK),
				page("POST", "/n/{slug}/public/newsletters/unsubscribe/{token}", "/n/nsmot/public/newsletters/unsubscribe/nothing",
						Map.of(), OK, OK, OK, OK, OK, OK),
				api("GET", "/api/v1/networks/{slug}/mailings", a + "/mailings", null,      401, 404, OK, OK, 403, 403),
				api("POST", "/api/v1/networks/{slug}/mailings", a + "/mailings", "{}",     401, 404, 400, 400, 403, 403),
				api("GET", "/api/v1/networks/{slug}/mailings/{id}", a + "/mailings/" + ids[1], null, 401, 404, OK, OK, 403, 403),
				api("POST", "/api/v1/networks/{slug}/mailings/{id}/send", a + "/mailings/999999/send", "{}",
						401, 404, 404, 404, 403, 403),
				api("GET", "/api/v1/networks/{slug}/mailings/{id}/recipients", a + "/mailings/" + ids[1] + "/recipients", null,
						401, 404, OK, OK, 403, 403),
				api("GET", "/api/v1/networks/{slug}/segments", a + "/segments", null,      401, 404, OK, OK, 403, 403),
				api("POST", "/api/v1/networks/{slug}/segments", a + "/segments", "{}",     401, 404, 400, 400, 403, 403),
				api("POST", "/api/v1/networks/{slug}/segments/{id}/preview", a + "/segments/" + ids[0] + "/preview", null,
						401, 404, OK, OK, 403, 403));
	}
}
