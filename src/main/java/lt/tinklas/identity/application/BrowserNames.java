package lt.tinklas.identity.application;

import java.util.List;
import java.util.Locale;

/**
 * A browser's User-Agent told in words a person recognizes, such as {@code Chrome, Linux}: the
 * browser's and the system's names only, no versions. Null when neither is known.
 */
final class BrowserNames {

	private record Name(String marker, String name) {
	}

	// the order matters: Edge and Opera also call themselves Chrome, Chrome also calls itself Safari
	private static final List<Name> BROWSERS = List.of(new Name("edg/", "Edge"), new Name("edga/", "Edge"),
			new Name("opr/", "Opera"), new Name("samsungbrowser/", "Samsung Internet"),
			new Name("firefox/", "Firefox"), new Name("fxios/", "Firefox"), new Name("crios/", "Chrome"),
			new Name("chromium/", "Chromium"), new Name("chrome/", "Chrome"), new Name("safari/", "Safari"),
			new Name("curl/", "curl"), new Name("java-http-client", "Java"));

	// Android and iOS devices also name Linux and Mac OS X, so they come first
	private static final List<Name> SYSTEMS = List.of(new Name("android", "Android"), new Name("iphone", "iOS"),
			new Name("ipad", "iPadOS"), new Name("windows", "Windows"), new Name("cros", "ChromeOS"),
			new Name("mac os x", "macOS"), new Name("macintosh", "macOS"), new Name("linux", "Linux"));

	private BrowserNames() {
	}

	static String of(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		String agent = userAgent.toLowerCase(Locale.ROOT);
		String browser = first(BROWSERS, agent);
		String system = first(SYSTEMS, agent);
		if (browser == null) {
			return system;
		}
		return system == null ? browser : browser + ", " + system;
	}

	private static String first(List<Name> names, String agent) {
		return names.stream().filter(name -> agent.contains(name.marker())).map(Name::name).findFirst().orElse(null);
	}
}
