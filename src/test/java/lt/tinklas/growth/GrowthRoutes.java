package lt.tinklas.growth;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.REDIRECT;
import static lt.tinklas.testing.Routes.api;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.growth.application.Campaigns;
import lt.tinklas.growth.application.Prospects;
import lt.tinklas.growth.domain.Delivery;
import lt.tinklas.growth.domain.ProspectSource;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** Growing the network's routes and who may call them; read by identity's role table (RoleAccessTests). */
public final class GrowthRoutes {

	private GrowthRoutes() {
	}

	/** An NSMOT campaign with a printed letter to a council, and a prospect, made once for the table. */
	private static long[] records(Fixture test) {
		Campaigns campaigns = test.bean(Campaigns.class);
		Prospects prospects = test.bean(Prospects.class);
		return Tenancy.runAs(test.nsmot(), () -> {
			long campaign = campaigns.list()
				.stream()
				.filter(c -> c.name().equals("Prieigos kampanija"))
				.findFirst()
				.orElseGet(() -> campaigns.create(new Campaigns.CampaignData("Prieigos kampanija", "Kvietimas",
						"Kviečiame: {{nuoroda}}", null, null)))
				.id();
			if (campaigns.letters(campaign).isEmpty()) {
				campaigns.send(campaign, new Campaigns.LetterOrder(List.of("LT-01"), List.of(), Delivery.PRINT, null));
			}
			long letter = campaigns.letters(campaign).get(0).id();
			String code = LegalCode.complete("39900001").orElseThrow();
			long prospect = prospects.list(null)
				.stream()
				.filter(p -> p.legalCode().equals(code))
				.findFirst()
				.orElseGet(() -> prospects.create(new Prospects.ProspectData(code, "Prieigos asociacija", null, null, null,
						null, ProspectSource.RECOMMENDATION, null)))
				.id();
			return new long[] { campaign, letter, prospect };
		});
	}

	public static List<Route> table(Fixture test) {
		long[] ids = records(test);
		String n = "/n/nsmot/growth";
		String c = n + "/campaigns/" + ids[0];
		String p = n + "/prospects/" + ids[2];
		String a = "/api/v1/networks/nsmot/growth";
		return List.of(
				//                                                                           anonymous plat admin staff board member
				page("GET", "/n/{slug}/growth", n, Map.of(),                                   LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/municipalities.{format}", n + "/municipalities.csv", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/organizations.{format}", n + "/organizations.xlsx", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				// a keyword too short: refused, the keywords stay as they were
				page("POST", "/n/{slug}/growth/keywords", n + "/keywords", Map.of("keywords", "x"),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				// nothing chosen: refused back on the list
				page("POST", "/n/{slug}/growth/invite", n + "/invite", Map.of(),            LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/growth/prospects", n + "/prospects", Map.of(),       LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/prospects/export.{format}", n + "/prospects/export.csv", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/prospects/new", n + "/prospects/new", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/growth/prospects", n + "/prospects", Map.of("name", ""), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/prospects/{id}", p, Map.of(),                 LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/growth/prospects/{id}", p, Map.of("name", ""),      LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/growth/prospects/{id}/delete", n + "/prospects/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/growth/councils", n + "/councils", Map.of(),         LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/councils/export.{format}", n + "/councils/export.xlsx", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/councils/{municipality}", n + "/councils/LT-01", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/growth/councils/{municipality}", n + "/councils/LT-01", Map.of("name", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/campaigns", n + "/campaigns", Map.of(),       LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/campaigns/new", n + "/campaigns/new", Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/growth/campaigns", n + "/campaigns", Map.of("name", ""), LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/campaigns/{id}", c, Map.of(),                 LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/growth/campaigns/{id}/edit", c + "/edit", Map.of(),  LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/growth/campaigns/{id}", c, Map.of("name", ""),      LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/growth/campaigns/{id}/delete", n + "/campaigns/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/growth/campaigns/{id}/letters", n + "/campaigns/999999/letters", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/growth/campaigns/{id}/reminders", n + "/campaigns/999999/reminders", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/growth/campaigns/{id}/letters/{letterId}.pdf", c + "/letters/" + ids[1] + ".pdf",
						Map.of(), LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/growth/campaigns/{id}/letters/{letterId}/reply",
						n + "/campaigns/999999/letters/999999/reply", Map.of(), LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/growth/campaigns/{id}/letters.{format}", c + "/letters.csv", Map.of(),
						LOGIN, 404, OK, OK, 403, 403),
				api("GET", "/api/v1/networks/{slug}/growth/municipalities", a + "/municipalities", null,
						401, 404, OK, OK, 403, 403),
				api("GET", "/api/v1/networks/{slug}/growth/prospects", a + "/prospects", null, 401, 404, OK, OK, 403, 403),
				api("POST", "/api/v1/networks/{slug}/growth/campaigns", a + "/campaigns", "{}", 401, 404, 400, 400, 403, 403),
				api("POST", "/api/v1/networks/{slug}/growth/campaigns/{id}/letters", a + "/campaigns/999999/letters", "{}",
						401, 404, 404, 404, 403, 403),
				api("GET", "/api/v1/networks/{slug}/growth/campaigns/{id}", a + "/campaigns/" + ids[0], null,
						401, 404, OK, OK, 403, 403));
	}
}
