package lt.tinklas.demo;

import java.util.List;

import lt.tinklas.identity.Role;

/** The demo's users, one per role; the README and the start log list them. */
public final class DemoAccounts {

	public static final String PASSWORD = "tinklas-demo";
	public static final String PLATFORM_ADMIN = "platforma@tinklas.demo";

	public static final DemoUser NSMOT_ADMIN = new DemoUser("nsmot", "admin@nsmot.demo", "Aistė Adomavičienė",
			Role.NETWORK_ADMIN);
	public static final DemoUser NSMOT_STAFF = new DemoUser("nsmot", "darbuotoja@nsmot.demo", "Rūta Žemaitienė",
			Role.STAFF);
	public static final DemoUser NSMOT_BOARD = new DemoUser("nsmot", "valdyba@nsmot.demo", "Jonas Petraitis",
			Role.BOARD);
	public static final DemoUser NSMOT_MEMBER = new DemoUser("nsmot", "narys@nsmot.demo", "Eglė Šimkutė",
			Role.MEMBER_REP);
	public static final DemoUser CHILDREN_ADMIN = new DemoUser("nvo-vaikams", "admin@vaikams.demo",
			"Laura Čiurlionienė", Role.NETWORK_ADMIN);
	public static final DemoUser CHILDREN_STAFF = new DemoUser("nvo-vaikams", "darbuotoja@vaikams.demo",
			"Inga Kazlauskienė", Role.STAFF);

	public static final List<DemoUser> NETWORK_USERS = List.of(NSMOT_ADMIN, NSMOT_STAFF, NSMOT_BOARD, NSMOT_MEMBER,
			CHILDREN_ADMIN, CHILDREN_STAFF);

	private DemoAccounts() {
	}

	public record DemoUser(String network, String email, String name, Role role) {
	}
}
