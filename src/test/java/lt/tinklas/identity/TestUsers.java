package lt.tinklas.identity;

import java.util.concurrent.atomic.AtomicInteger;

import lt.tinklas.networks.Networks;

/** Fresh users for tests that change a user (lockout, password), so the demo users stay as they are. */
final class TestUsers {

	static final String PASSWORD = "pradinis-slaptazodis";
	private static final AtomicInteger NEXT = new AtomicInteger();

	private TestUsers() {
	}

	/** A new staff member of NSMOT with {@link #PASSWORD}; returns the e-mail. */
	static String newStaff(Networks networks, Users users, String prefix) {
		String email = prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() + "@nsmot.demo";
		var nsmot = networks.bySlug("nsmot").orElseThrow();
		users.addToNetwork(nsmot.id(), nsmot.name(),
				new Users.NewMember(email, "Testas Testauskas", "lt", Role.STAFF, null, PASSWORD));
		return email;
	}
}
