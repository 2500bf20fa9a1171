package lt.tinklas.identity;

/** A user's role in one network. */
public enum Role {

	NETWORK_ADMIN, STAFF, BOARD, MEMBER_REP;

	/** The Spring Security authority a request in this network carries. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Platform admins who may read a network (a setting of that network) carry this authority. */
	public static final String READER = "ROLE_READER";

	public static final String PLATFORM_ADMIN = "ROLE_PLATFORM_ADMIN";
}
