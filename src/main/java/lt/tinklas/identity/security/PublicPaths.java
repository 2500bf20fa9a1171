package lt.tinklas.identity.security;

/**
 * Paths inside a network that need no sign-in: the network's public pages and the public API
 * endpoints (such as a membership application). Kept in one place so the role test can list them.
 */
final class PublicPaths {

	/** The public site, and a network's own address: the back office for its people, the public site for others. */
	static final String[] PAGES = { "/n/*", "/n/*/public", "/n/*/public/**" };

	static final String[] API = { "/api/v1/networks/*/public/**" };

	/** Public only for POST: anyone may apply for membership; reading applications needs a role. */
	static final String[] API_POST = { "/api/v1/networks/*/membership-applications" };

	/**
	 * Stop links a mail carries in its List-Unsubscribe header: a mail client posts to them with no
	 * session and no CSRF token (RFC 8058 one-click). The secret token in the path is the proof.
	 */
	static final String[] ONE_CLICK_UNSUBSCRIBE = { "/n/*/public/invitations/*", "/n/*/public/newsletters/unsubscribe/*" };

	/**
	 * Actuator: open to anyone, as a load balancer asks without credentials; only health is exposed
	 * (management.* in application.properties), so any other path under it is not found.
	 */
	static final String ACTUATOR = "/actuator/**";

	private PublicPaths() {
	}
}
