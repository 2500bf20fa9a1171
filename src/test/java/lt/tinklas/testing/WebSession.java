package lt.tinklas.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * A person using the pages over real HTTP: a cookie jar, form posts with the CSRF token taken from
 * the page, redirects not followed (so a test sees where it is sent).
 */
public class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private final HttpClient client;
	private final CookieManager cookies = new CookieManager();
	private String forwardedFor;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public static WebSession signedIn(int port, String email, String password) {
		WebSession session = new WebSession(port);
		Page result = session.post("/login", "/login", Map.of("username", email, "password", password));
		if (result.status() != 302 || result.location().contains("/login")) {
			throw new AssertionError("Sign-in of " + email + " failed: " + result.status() + " " + result.location());
		}
		return session;
	}

	/**
	 * Pages in another language from now on, as the language switch leaves them (its cookie), without
	 * changing the account's own choice for the tests that sign in after this one.
	 */
	public WebSession inLanguage(String language) {
		HttpCookie cookie = new HttpCookie("TINKLAS_LANG", language);
		cookie.setPath("/");
		cookie.setVersion(0);
		// as the cookie jar files the one the server sets at sign-in, so this one takes its place
		cookie.setDomain("localhost.local");
		cookies.getCookieStore().add(URI.create(base), cookie);
		return this;
	}

	/**
	 * Requests from now on come from another client address, as a trusted proxy in front of Tinklas
	 * says it ({@code X-Forwarded-For}; the test server trusts loopback as a proxy).
	 */
	public WebSession from(String address) {
		this.forwardedFor = address;
		return this;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	/** Posts a form the way a browser does: the CSRF token comes from the page the form is on. */
	public Page post(String formPage, String path, Map<String, String> fields) {
		Page page = get(formPage);
		Matcher matcher = CSRF.matcher(page.body());
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (matcher.find()) {
			all.put("_csrf", matcher.group(1));
		}
		return postRaw(path, all);
	}

	/** Uploads a file as a browser's file field does (multipart/form-data), with the page's CSRF token. */
	public Page upload(String formPage, String path, String field, String fileName, byte[] content) {
		return uploadTwo(formPage, path, field, fileName, content, null, null, null);
	}

	/** Uploads one or two files in one form. */
	public Page uploadTwo(String formPage, String path, String field, String fileName, byte[] content,
			String secondField, String secondName, byte[] secondContent) {
		Matcher matcher = CSRF.matcher(get(formPage).body());
		String boundary = "----tinklas" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			if (matcher.find()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
						+ matcher.group(1) + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(content);
			if (secondField != null) {
				body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + secondField
						+ "\"; filename=\"" + secondName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(secondContent);
			}
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Downloads a file. */
	public byte[] download(String path) {
		try {
			HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts without taking a token from a page (for testing what happens without one). */
	public Page postRaw(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private Page send(HttpRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true)
			.header("Accept", "text/html,application/xhtml+xml");
		if (forwardedFor != null) {
			builder.header("X-Forwarded-For", forwardedFor);
		}
		request = builder.build();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body(), response.headers());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** What the server answered. */
	public record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {

		public Page(int status, String location, String body) {
			this(status, location, body, java.net.http.HttpHeaders.of(Map.of(), (name, value) -> true));
		}

		/** A header of the answer, or null. */
		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		/** The page's HTML with entities decoded (Thymeleaf writes some letters as entities in values). */
		public String html() {
			return HtmlUtils.htmlUnescape(body);
		}

		/** The text of the page without tags and with entities decoded, for asserting what a user reads. */
		public String text() {
			return HtmlUtils.htmlUnescape(body.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("</?(strong|em|span|a|code|del|ins|abbr|b|i)( [^>]*)?>", "")
				.replaceAll("<[^>]+>", " ")
				.replaceAll("\\s+", " "));
		}
	}
}
