package lt.tinklas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.testing.TinklasTest;
import lt.tinklas.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only the stylesheet, the script and the webjars are static files; pages link them by version. */
@TinklasTest
class StaticFilesTests {

	@LocalServerPort
	int port;

	@Test
	void theStylesheetScriptAndWebjarsAreServedAndNothingElseOfTheClasspath() {
		WebSession anyone = new WebSession(port);
		WebSession.Page page = anyone.get("/login");
		// a page links the webjars by their version, so a new version is never taken from a browser's cache
		assertThat(page.body()).contains("/webjars/bootstrap/5.3.8/css/bootstrap.min.css",
				"/webjars/htmx.org/2.0.10/dist/htmx.min.js", "/css/tinklas.css", "/js/tinklas.js");
		assertThat(anyone.get("/css/tinklas.css").body()).contains("{");
		assertThat(anyone.get("/js/tinklas.js").status()).isEqualTo(200);
		assertThat(anyone.get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css").body()).contains("Bootstrap");
		assertThat(anyone.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
		// the rest of the classpath is not a file to download (anyone is sent to sign in, or told it is not there)
		for (String path : new String[] { "/application.properties", "/static/css/tinklas.css",
				"/templates/layout/main.html", "/messages/messages_lt.properties" }) {
			WebSession.Page refused = anyone.get(path);
			assertThat(refused.status()).as(path).isIn(302, 404);
			assertThat(refused.body()).as(path).doesNotContain("spring.", "th:", "{");
		}
	}
}
