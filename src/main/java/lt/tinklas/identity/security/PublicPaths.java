package lt.tinklas.identity.security;

/**
 * Paths inside a network that need no sign-in: the network's public pages and the public API
 * endpoints (such as a membership application). Kept in one place so the role test can list them.
 */
final class PublicPaths {

	static final String[] PAGES = { "/n/*/public", "/n/*/public/**" };

	static final String[] API = { "/api/v1/networks/*/public/**" };

	private PublicPaths() {
	}
}
