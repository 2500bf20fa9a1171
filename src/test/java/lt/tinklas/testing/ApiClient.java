package lt.tinklas.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;

/** A program calling the REST API over real HTTP, signed in by HTTP Basic, a token, or not at all. */
public class ApiClient {

	private final String base;
	private final String authorization;
	private final String language;
	private final String forwardedFor;
	private final HttpClient client = HttpClient.newHttpClient();

	private ApiClient(int port, String authorization, String language) {
		this(port, authorization, language, null);
	}

	private ApiClient(int port, String authorization, String language, String forwardedFor) {
		this.base = "http://localhost:" + port;
		this.authorization = authorization;
		this.language = language;
		this.forwardedFor = forwardedFor;
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null, "lt");
	}

	public static ApiClient basic(int port, String email, String password) {
		return new ApiClient(port,
				"Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)),
				"lt");
	}

	public static ApiClient token(int port, String token) {
		return new ApiClient(port, "Bearer " + token, "lt");
	}

	/** The same caller asking for answers in another language (Accept-Language). */
	public ApiClient inLanguage(String language) {
		return new ApiClient(port(), authorization, language, forwardedFor);
	}

	/** The same caller at another client address, as a trusted proxy says it ({@code X-Forwarded-For}). */
	public ApiClient from(String address) {
		return new ApiClient(port(), authorization, language, address);
	}

	private int port() {
		return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, String json) {
		return send("POST", path, json);
	}

	public Response put(String path, String json) {
		return send("PUT", path, json);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	public Response send(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", language)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
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

	public record Response(int status, String contentType, String body, HttpHeaders headers) {

		public <T> T json(String path) {
			return JsonPath.read(body, path);
		}

		/** The header's first value; null when the answer has none. */
		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}
}
