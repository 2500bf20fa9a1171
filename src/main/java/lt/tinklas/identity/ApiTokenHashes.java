package lt.tinklas.identity;


/** How personal API tokens and one-time links are made and stored (only their hash is kept). */
public final class ApiTokenHashes {

	private ApiTokenHashes() {
	}

	public static String hash(String token) {
		return PasswordLinks.hash(token);
	}

	public static String newToken() {
		return "tk_" + PasswordLinks.randomToken();
	}
}
