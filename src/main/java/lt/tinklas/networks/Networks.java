package lt.tinklas.networks;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.domain.Network;
import lt.tinklas.networks.domain.NetworkRecords;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.tenancy.NetworkSetup;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The networks module's facade: creating networks, their settings, finding one by slug. */
@Service
public class Networks implements NetworkLookup {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$");

	private final NetworkRecords networks;
	private final Users users;
	private final RecordHistory history;
	private final JdbcClient jdbc;
	// asked for on use: the modules that set up a network depend on this one
	private final ObjectProvider<NetworkSetup> setups;

	Networks(NetworkRecords networks, Users users, RecordHistory history, JdbcClient jdbc,
			ObjectProvider<NetworkSetup> setups) {
		this.networks = networks;
		this.users = users;
		this.history = history;
		this.jdbc = jdbc;
		this.setups = setups;
	}

	/**
	 * The network of an address, read for every request in it: one indexed statement, without a
	 * transaction or an entity (that took an eighth of a page's time).
	 */
	@Override
	public Optional<NetworkRef> bySlug(String slug) {
		return jdbc.sql("select id, slug, name, platform_admin_may_read from network where slug = ?")
			.param(slug)
			.query((rs, i) -> new NetworkRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public String slugOf(long networkId) {
		return find(networkId).getSlug();
	}

	@Override
	@Transactional(readOnly = true)
	public String shortNameOf(long networkId) {
		Network network = find(networkId);
		return network.getShortName() == null ? network.getName() : network.getShortName();
	}

	@Override
	public Set<Long> readableByPlatformAdmin() {
		return Set.copyOf(jdbc.sql("select id from network where platform_admin_may_read").query(Long.class).list());
	}

	/**
	 * Creates a network and its first admin. Without a password the admin gets an invitation mail
	 * to set one; an existing user keeps their password and gets the role.
	 */
	@Transactional
	public NetworkRef create(NewNetwork request, Locale locale) {
		String slug = request.slug() == null ? "" : request.slug().strip();
		if (!SLUG.matcher(slug).matches()) {
			throw InvalidInputException.of("slug", "network.error.slug");
		}
		if (networks.existsBySlug(slug)) {
			throw InvalidInputException.of("slug", "network.error.slugTaken", slug);
		}
		Network network = networks.saveAndFlush(new Network(slug, request.name().strip()));
		if (request.demo()) {
			network.markDemo();
		}
		String adminName = request.adminName() == null || request.adminName().isBlank() ? request.adminEmail()
				: request.adminName();
		users.addToNetwork(network.getId(), network.getName(), new Users.NewMember(request.adminEmail(), adminName,
				locale.getLanguage(), Role.NETWORK_ADMIN, null, request.adminPassword()));
		setups.orderedStream().forEach(setup -> setup.prepare(network.getId()));
		return ref(network);
	}

	@Transactional(readOnly = true)
	public List<NetworkSummary> all() {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("lt-LT"));
		return networks.findAll()
			.stream()
			.map(n -> new NetworkSummary(n.getId(), n.getSlug(), n.getName(), n.getShortName(), n.isDemo(),
					n.getCreatedAt()))
			.sorted(Comparator.comparing(NetworkSummary::name, collator))
			.toList();
	}

	@Transactional(readOnly = true)
	public NetworkSettings settings(long networkId) {
		return find(networkId).settings();
	}

	/** Saves the settings; refused when someone saved them after the editor loaded them. */
	@Transactional
	public void updateSettings(long networkId, NetworkSettings settings) {
		Network network = find(networkId);
		network.checkVersion(settings.version());
		network.update(settings);
		networks.flush();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> settingsHistory(long networkId) {
		return history.of(Network.class, networkId);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> settingsChangedSince(long networkId, long version) {
		return history.changedSince(Network.class, networkId, version);
	}

	private Network find(long networkId) {
		return networks.findById(networkId).orElseThrow(() -> new NotFoundException("Network"));
	}

	private static NetworkRef ref(Network network) {
		return new NetworkRef(network.getId(), network.getSlug(), network.getName(),
				network.isPlatformAdminMayRead());
	}

	/** A network to create, with its first admin. */
	public record NewNetwork(String slug, String name, String adminEmail, String adminName, String adminPassword,
			boolean demo) {
	}

	public record NetworkSummary(long id, String slug, String name, String shortName, boolean demo,
			Instant createdAt) {
	}
}
