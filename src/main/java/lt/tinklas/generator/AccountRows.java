package lt.tinklas.generator;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import lt.tinklas.identity.ApiTokenHashes;
import lt.tinklas.identity.Role;

/**
 * The networks and their bench accounts: in each, a staff user {@code darbuotoja@<slug>.bench} with
 * the personal API token {@code tk_bench_<slug>} (of that network, valid for a year) and a network admin {@code admin@<slug>.bench}, both
 * with the password {@link #PASSWORD} (hashed once for all of them).
 */
final class AccountRows {

	static final String PASSWORD = "tinklas-bench";

	private final Plan plan;
	private final Tables tables;
	private final IdSequences ids;
	private final String passwordHash;

	AccountRows(Plan plan, Tables tables, IdSequences ids, String passwordHash) {
		this.plan = plan;
		this.tables = tables;
		this.ids = ids;
		this.passwordHash = passwordHash;
	}

	static String staffEmail(String slug) {
		return "darbuotoja@" + slug + ".bench";
	}

	static String adminEmail(String slug) {
		return "admin@" + slug + ".bench";
	}

	static String token(String slug) {
		return "tk_bench_" + slug;
	}

	void write() throws SQLException {
		IdSequences.Ids networkIds = ids.of("network");
		try (CopyRows rows = tables.open("network", "id", "slug", "name", "short_name", "email", "phone", "website",
				"address", "mission", "vision", "values_text", "letter_number_pattern", "platform_admin_may_read", "demo",
				"created_at", "version")) {
			for (NetworkPlan network : plan.networks) {
				network.networkId = networkIds.next();
				String domain = network.slug + ".pavyzdys.lt";
				rows.add(network.networkId).add(network.slug).add(network.name).add(network.shortName)
					.add("info@" + domain).add("+370 5 2" + String.format("%06d", 100_000 + network.index))
					.add("https://" + domain).add("Gedimino pr. " + (1 + network.index % 90) + ", Vilnius")
					.add("Mažinti skurdą ir socialinę atskirtį, telkiant ir stiprinant nevyriausybines organizacijas.")
					.add("Stiprus NVO balsas, keičiantis socialinę politiką.")
					.add("Pagarba žmogui\nSkaidrumas\nSolidarumas\nBendrystė")
					.add(network.letterPattern()).add(false).add(false).instant(NetworkPlan.STARTED).add(0).end();
			}
			tables.done(rows);
		}
		IdSequences.Ids userIds = ids.of("user_account");
		long[] adminIds = new long[plan.networks.size()];
		try (CopyRows rows = tables.open("user_account", "id", "email", "display_name", "password_hash", "language",
				"platform_admin", "enabled", "created_at", "version")) {
			for (int n = 0; n < plan.networks.size(); n++) {
				NetworkPlan network = plan.networks.get(n);
				network.staffUserId = userIds.next();
				user(rows, network.staffUserId, staffEmail(network.slug), "Tinklo darbuotoja " + network.shortName);
				adminIds[n] = userIds.next();
				user(rows, adminIds[n], adminEmail(network.slug), "Tinklo administratorius " + network.shortName);
			}
			tables.done(rows);
		}
		IdSequences.Ids roleIds = ids.of("network_role");
		try (CopyRows rows = tables.open("network_role", "id", "network_id", "user_id", "role", "organization_id",
				"version")) {
			for (int n = 0; n < plan.networks.size(); n++) {
				NetworkPlan network = plan.networks.get(n);
				rows.add(roleIds.next()).add(network.networkId).add(network.staffUserId).add(Role.STAFF.name()).nul()
					.add(0).end();
				rows.add(roleIds.next()).add(network.networkId).add(adminIds[n]).add(Role.NETWORK_ADMIN.name()).nul()
					.add(0).end();
			}
			tables.done(rows);
		}
		IdSequences.Ids tokenIds = ids.of("api_token");
		// each staff token reaches its own network, may change records, and runs for a year from generation
		long expires = Instant.now().plus(Duration.ofDays(365)).getEpochSecond();
		try (CopyRows rows = tables.open("api_token", "id", "user_id", "name", "token_hash", "network_id",
				"platform_wide", "read_only", "created_at", "expires_at")) {
			for (NetworkPlan network : plan.networks) {
				rows.add(tokenIds.next()).add(network.staffUserId).add("Apkrovos bandymai")
					.add(ApiTokenHashes.hash(token(network.slug))).add(network.networkId).add(false).add(false)
					.instant(NetworkPlan.STARTED).instant(expires).end();
			}
			tables.done(rows);
		}
	}

	private void user(CopyRows rows, long id, String email, String name) throws SQLException {
		rows.add(id).add(email).add(name).add(passwordHash).add("lt").add(false).add(true)
			.instant(NetworkPlan.STARTED).add(0).end();
	}
}
