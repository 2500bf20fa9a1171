package lt.tinklas.networks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Collator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.domain.Network;
import lt.tinklas.networks.domain.NetworkRecords;
import lt.tinklas.shared.files.FileKinds;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.NetworkLook;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.tenancy.NetworkSetup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The networks module's facade: creating networks, their settings, finding one by slug. */
@Service
public class Networks implements NetworkLookup {

	private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

	/** WCAG AA's contrast for ordinary text. */
	private static final double MIN_CONTRAST = 4.5;

	/** The largest logo file kept: a logo is a small picture. */
	public static final int MAX_LOGO_BYTES = 512 * 1024;

	/** The widest and tallest logo kept, in pixels, checked before the picture is decoded. */
	private static final int MAX_LOGO_SIDE = 4000;

	private static final String LOOK_SQL = """
			select n.id, n.slug, n.name, n.name_en, n.colour, l.content_type, %s, l.changed_at, n.signer_name, n.signer_position,
			       n.signer_position_en, n.email, n.website, n.mission, n.mission_en
			from network n left join network_logo l on l.network_id = n.id
			where n.id = ?""";

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
		return jdbc.sql("select id, slug, name, platform_admin_may_read, name_en from network where slug = ?")
			.param(slug)
			.query((rs, i) -> new NetworkRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5)))
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
		// the new network's first rows are written in it, as the database's row-level security demands
		Tenancy.runAs(network.getId(), () -> {
			users.addToNetwork(network.getId(), network.getName(), new Users.NewMember(request.adminEmail(),
					adminName, locale.getLanguage(), Role.NETWORK_ADMIN, null, request.adminPassword()));
			setups.orderedStream().forEach(setup -> setup.prepare(network.getId()));
		});
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

	/**
	 * Saves the settings; refused when someone saved them after the editor loaded them, or when
	 * white text on the colour would be hard to read (under WCAG AA's 4.5:1).
	 */
	@Transactional
	public void updateSettings(long networkId, NetworkSettings settings) {
		String colour = settings.colour() == null ? "" : settings.colour().strip();
		if (!colour.isEmpty()) {
			if (!COLOUR.matcher(colour).matches()) {
				throw InvalidInputException.of("colour", "network.error.colour");
			}
			double contrast = NetworkLook.contrastWithWhite(colour);
			if (contrast < MIN_CONTRAST) {
				throw InvalidInputException.of("colour", "network.error.colourContrast",
						Math.floor(contrast * 10) / 10);
			}
		}
		Network network = find(networkId);
		network.checkVersion(settings.version());
		network.update(settings);
		networks.flush();
	}

	/** How the network shows itself, its logo's bytes with it: one statement. */
	@Override
	public NetworkLook look(long networkId) {
		return look(networkId, true);
	}

	/**
	 * How the network shows itself, without its logo's bytes (a page links to the logo's address):
	 * one statement.
	 */
	public NetworkLook lookWithoutLogo(long networkId) {
		return look(networkId, false);
	}

	private NetworkLook look(long networkId, boolean withLogo) {
		// asked for any network (a mail's, the public site's): its logo is read in that network
		return Tenancy.runAs(networkId, () -> jdbc.sql(LOOK_SQL.formatted(withLogo ? "l.content" : "null"))
			.param(networkId)
			.query((rs, i) -> new NetworkLook(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBytes(7),
					rs.getObject(8) == null ? null : rs.getTimestamp(8).getTime(), rs.getString(9), rs.getString(10),
					rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15)))
			.optional())
			.orElseThrow(() -> new NotFoundException("Network"));
	}

	/**
	 * Keeps the network's logo: a PNG or JPEG of up to 512 KB that decodes as a picture (an SVG could
	 * carry a script, so none is taken). Refused with a message for the field {@code logo} otherwise.
	 */
	@Transactional
	public void saveLogo(long networkId, byte[] content) {
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("logo", "network.error.logoMissing");
		}
		if (content.length > MAX_LOGO_BYTES) {
			throw InvalidInputException.of("logo", "network.error.logoSize", MAX_LOGO_BYTES / 1024);
		}
		String type = FileKinds.imageType(content);
		if (!"image/png".equals(type) && !"image/jpeg".equals(type)) {
			throw InvalidInputException.of("logo", "network.error.logoType");
		}
		if (!decodes(content)) {
			throw InvalidInputException.of("logo", "network.error.logoUnreadable");
		}
		find(networkId);
		Tenancy.runAs(networkId, () -> {
			jdbc.sql("delete from network_logo where network_id = ?").param(networkId).update();
			jdbc.sql("insert into network_logo (network_id, content_type, content, changed_at) values (?, ?, ?, ?)")
				.params(networkId, type, content, OffsetDateTime.now())
				.update();
		});
	}

	/** The picture decodes, and is no larger than the logo may be (asked before decoding it). */
	private static boolean decodes(byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (in == null || !readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				if (reader.getWidth(0) > MAX_LOGO_SIDE || reader.getHeight(0) > MAX_LOGO_SIDE) {
					return false;
				}
				return reader.read(0) != null;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
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
				network.isPlatformAdminMayRead(), network.getNameEn());
	}

	/** A network to create, with its first admin. */
	public record NewNetwork(String slug, String name, String adminEmail, String adminName, String adminPassword,
			boolean demo) {
	}

	public record NetworkSummary(long id, String slug, String name, String shortName, boolean demo,
			Instant createdAt) {
	}
}
