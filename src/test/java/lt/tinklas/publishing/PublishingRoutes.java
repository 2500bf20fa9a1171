package lt.tinklas.publishing;

import static lt.tinklas.testing.Routes.LOGIN;
import static lt.tinklas.testing.Routes.OK;
import static lt.tinklas.testing.Routes.REDIRECT;
import static lt.tinklas.testing.Routes.page;

import java.util.List;
import java.util.Map;

import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.testing.Routes.Fixture;
import lt.tinklas.testing.Routes.Route;

/** The public site's routes and who may call them; read by identity's role table (RoleAccessTests). */
public final class PublishingRoutes {

	private PublishingRoutes() {
	}

	/** The demo's NSMOT "about" page and its newest public post, and its first publication. */
	private static Object[] records(Fixture test) {
		Site site = test.bean(Site.class);
		long nsmot = test.nsmot();
		return Tenancy.runAs(nsmot, () -> new Object[] {
				site.pages().stream().filter(p -> p.slug().equals(Site.ABOUT)).findFirst().orElseThrow().id(),
				site.publicPosts().get(0), site.publications().get(0).id() });
	}

	public static List<Route> table(Fixture test) {
		Object[] records = records(test);
		long pageId = (Long) records[0];
		Site.PostView post = (Site.PostView) records[1];
		long publication = (Long) records[2];
		String n = "/n/nsmot";
		String s = n + "/site";
		String pub = n + "/public";
		return List.of(
				//                                                                     anonymous plat   admin  staff  board  member
				page("GET", "/n/{slug}/site", s, Map.of(),                              LOGIN, 404,   OK,    OK,    OK,    403),
				page("GET", "/n/{slug}/site/pages/new", s + "/pages/new", Map.of(),     LOGIN, 404,   OK,    OK,    403,   403),
				// an empty form is refused beside its fields: nothing is saved
				page("POST", "/n/{slug}/site/pages", s + "/pages", Map.of("slug", ""),  LOGIN, 404,   OK,    OK,    403,   403),
				page("GET", "/n/{slug}/site/pages/{id}", s + "/pages/" + pageId, Map.of(), LOGIN, 404, OK,   OK,    403,   403),
				page("POST", "/n/{slug}/site/pages/{id}", s + "/pages/" + pageId, Map.of("title", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("POST", "/n/{slug}/site/pages/{id}/delete", s + "/pages/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				// the demo has written its privacy notice: the keepers are sent to edit it
				page("GET", "/n/{slug}/site/privacy", s + "/privacy", Map.of(),         LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("GET", "/n/{slug}/site/posts/new", s + "/posts/new", Map.of(),     LOGIN, 404,   OK,    OK,    403,   403),
				page("POST", "/n/{slug}/site/posts", s + "/posts", Map.of("title", ""), LOGIN, 404,   OK,    OK,    403,   403),
				page("GET", "/n/{slug}/site/posts/{id}", s + "/posts/" + post.id(), Map.of(), LOGIN, 404, OK, OK,  403,   403),
				page("POST", "/n/{slug}/site/posts/{id}", s + "/posts/" + post.id(), Map.of("title", ""),
						LOGIN, 404, OK, OK, 403, 403),
				page("GET", "/n/{slug}/site/posts/{id}/image", s + "/posts/999999/image", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/site/posts/{id}/delete", s + "/posts/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/site/mentions", s + "/mentions", Map.of("outlet", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/site/mentions/{id}/delete", s + "/mentions/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("POST", "/n/{slug}/site/publications", s + "/publications", Map.of("title", ""),
						LOGIN, 404, REDIRECT, REDIRECT, 403, 403),
				page("POST", "/n/{slug}/site/publications/{id}/delete", s + "/publications/999999/delete", Map.of(),
						LOGIN, 404, 404, 404, 403, 403),
				page("GET", "/n/{slug}/site/publications/{id}/file", s + "/publications/" + publication + "/file", Map.of(),
						LOGIN, 404, OK, OK, OK, 403),
				// the public site: anyone, signed in or not
				page("GET", "/n/{slug}/public", pub, Map.of(),                          OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/about", pub + "/about", Map.of(),         OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/contacts", pub + "/contacts", Map.of(),   OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/privacy", pub + "/privacy", Map.of(),     OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/pages/{page}", pub + "/pages/narystes-nauda", Map.of(), OK, OK, OK, OK, OK,   OK),
				page("GET", "/n/{slug}/public/strategy", pub + "/strategy", Map.of(),   OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/events", pub + "/events", Map.of(),       OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/events/calendar", pub + "/events/calendar?month=2025-11", Map.of(),
						OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/news", pub + "/news", Map.of(),           OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/news/{post}", pub + "/news/" + post.slug(), Map.of(), OK, OK, OK,  OK,    OK,    OK),
				page("GET", "/n/{slug}/public/news/{post}/image", pub + "/news/" + post.slug() + "/image", Map.of(),
						404, 404, 404, 404, 404, 404),
				page("GET", "/n/{slug}/public/news.rss", pub + "/news.rss", Map.of(),   OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/sitemap.xml", pub + "/sitemap.xml", Map.of(), OK,  OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/media", pub + "/media", Map.of(),         OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/publications", pub + "/publications", Map.of(), OK, OK,  OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/publications/{id}/file", pub + "/publications/" + publication + "/file",
						Map.of(), OK, OK, OK, OK, OK, OK),
				page("GET", "/n/{slug}/public/results", pub + "/results", Map.of(),     OK,    OK,    OK,    OK,    OK,    OK),
				page("GET", "/n/{slug}/public/results/{year}", pub + "/results/2025", Map.of(), OK, OK, OK,  OK,    OK,    OK));
	}
}
