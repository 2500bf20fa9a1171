package lt.tinklas.identity;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import lt.tinklas.identity.application.UserSessions;
import lt.tinklas.identity.domain.NetworkRole;
import lt.tinklas.identity.domain.NetworkRoleRecords;
import lt.tinklas.identity.domain.UserAccount;
import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's facade: users and their roles in networks. */
@Service
public class Users {

	/** ASVS 2.1.1: at least twelve characters. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/**
	 * bcrypt reads no more than 72 bytes of a password; a longer one is refused with a message
	 * rather than cut short (64 letters of the Latin alphabet fit, Lithuanian letters take two bytes).
	 */
	public static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccountRecords accounts;
	private final NetworkRoleRecords roles;
	private final PasswordEncoder passwords;
	private final PasswordLinks links;
	private final JdbcClient jdbc;
	private final UserSessions sessions;

	Users(UserAccountRecords accounts, NetworkRoleRecords roles, PasswordEncoder passwords, PasswordLinks links, JdbcClient jdbc,
			UserSessions sessions) {
		this.accounts = accounts;
		this.roles = roles;
		this.passwords = passwords;
		this.links = links;
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public boolean anyUserExists() {
		return accounts.count() > 0;
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return accounts.findByLogin(email).isPresent();
	}

	/** Creates the platform admin, or makes an existing user one. */
	@Transactional
	public long ensurePlatformAdmin(String email, String displayName, String password) {
		UserAccount user = accounts.findByLogin(email).orElseGet(() -> {
			UserAccount created = new UserAccount(email, displayName, "lt");
			created.setPasswordHash(passwords.encode(password));
			return accounts.save(created);
		});
		user.makePlatformAdmin();
		return user.getId();
	}

	/**
	 * Gives a person a role in a network: an existing user gets the role, a new one is created.
	 * Without a password a new user gets an invitation mail with a link to set one.
	 */
	@Transactional
	public long addToNetwork(long networkId, String networkName, NewMember member) {
		// the role is the network's record, written in it whoever adds it (the platform admin making a network)
		return Tenancy.runAs(networkId, () -> addToNetworkIn(networkId, networkName, member));
	}

	private long addToNetworkIn(long networkId, String networkName, NewMember member) {
		validatePassword("adminPassword", member.password());
		UserAccount user = accounts.findByLogin(member.email()).orElse(null);
		if (user == null) {
			user = new UserAccount(member.email(), member.displayName(), member.language());
			if (member.password() != null) {
				user.setPasswordHash(passwords.encode(member.password()));
			}
			user = accounts.saveAndFlush(user);
		}
		if (roles.findByNetworkIdAndUserId(networkId, user.getId()).isPresent()) {
			throw InvalidInputException.of("email", "users.error.alreadyInNetwork");
		}
		roles.save(new NetworkRole(networkId, user.getId(), member.role(), member.organizationId()));
		if (!user.hasPassword()) {
			links.sendInvitation(user, networkId, networkName, Locale.forLanguageTag(user.getLanguage()));
		}
		return user.getId();
	}

	/** The user's role in each network. */
	@Transactional(readOnly = true)
	public List<NetworkMembership> membershipsOf(long userId) {
		// a user's roles span networks: read on the platform's path
		return PlatformWide.run(() -> jdbc.sql(MEMBERSHIP + " where r.user_id = ? order by r.network_id")
			.param(userId)
			.query(Users::membership)
			.list());
	}

	/** The user's role in one network, if any: read for every request in a network, one statement without a transaction. */
	public Optional<NetworkMembership> membershipIn(long networkId, long userId) {
		return Tenancy.runAs(networkId, () -> jdbc.sql(MEMBERSHIP + " where r.network_id = ? and r.user_id = ?")
			.param(networkId)
			.param(userId)
			.query(Users::membership)
			.optional());
	}

	/** A role with its network's second-factor policy, in the same statement (read for every request in a network). */
	private static final String MEMBERSHIP = """
			select r.network_id, r.role, r.organization_id, coalesce(p.second_factor_required, false)
			from network_role r left join network_security_policy p on p.network_id = r.network_id""";

	private static NetworkMembership membership(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new NetworkMembership(rs.getLong(1), Role.valueOf(rs.getString(2)), (Long) rs.getObject(3, Long.class),
				rs.getBoolean(4));
	}

	/** The people with a role in the current network, by name. */
	@Transactional(readOnly = true)
	public List<NetworkUser> inCurrentNetwork() {
		List<NetworkRole> all = roles.findByNetworkIdOrderByIdAsc(Tenancy.require());
		Map<Long, UserAccount> byId = new HashMap<>();
		accounts.findAllById(all.stream().map(NetworkRole::getUserId).toList())
			.forEach(account -> byId.put(account.getId(), account));
		Collator collator = Collator.getInstance(Locale.forLanguageTag("lt-LT"));
		return all.stream()
			.map(role -> toNetworkUser(role, byId.get(role.getUserId())))
			.sorted(Comparator.comparing(NetworkUser::displayName, collator))
			.toList();
	}

	/** One role of the current network; 404 when it is another network's. */
	@Transactional(readOnly = true)
	public NetworkUser member(long roleId) {
		NetworkRole role = roles.findByNetworkIdAndId(Tenancy.require(), roleId).orElseThrow(() -> new NotFoundException("Role"));
		return toNetworkUser(role, accounts.findById(role.getUserId()).orElseThrow());
	}

	/** Changes a role; the user's sessions end at once, so the next request signs in under the new role. */
	@Transactional
	public void changeRole(long roleId, long version, Role newRole, Long organizationId) {
		NetworkRole role = roles.findByNetworkIdAndId(Tenancy.require(), roleId).orElseThrow(() -> new NotFoundException("Role"));
		role.checkVersion(version);
		if (role.getRole() == Role.NETWORK_ADMIN && newRole != Role.NETWORK_ADMIN) {
			refuseWithoutAnotherAdmin(role, "role");
		}
		boolean changed = newRole != role.getRole() || !Objects.equals(organizationId, role.getOrganizationId());
		role.change(newRole, organizationId);
		roles.flush();
		if (changed) {
			sessions.endAll(role.getUserId());
		}
	}

	@Transactional
	public void removeFromNetwork(long roleId) {
		NetworkRole role = roles.findByNetworkIdAndId(Tenancy.require(), roleId).orElseThrow(() -> new NotFoundException("Role"));
		if (role.getRole() == Role.NETWORK_ADMIN) {
			refuseWithoutAnotherAdmin(role, "role");
		}
		roles.delete(role);
		sessions.endAll(role.getUserId());
	}

	private void refuseWithoutAnotherAdmin(NetworkRole role, String field) {
		boolean another = roles.findByNetworkIdOrderByIdAsc(Tenancy.require())
			.stream()
			.anyMatch(other -> other.getRole() == Role.NETWORK_ADMIN && !other.getId().equals(role.getId()));
		if (!another) {
			throw InvalidInputException.of(field, "users.error.lastAdmin");
		}
	}

	private static NetworkUser toNetworkUser(NetworkRole role, UserAccount account) {
		return new NetworkUser(role.getId(), role.getVersion(), account.getId(), account.getEmail(),
				account.getDisplayName(), role.getRole(), role.getOrganizationId(), account.hasPassword());
	}

	static void validatePassword(String field, String password) {
		if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
			throw InvalidInputException.of(field, "password.error.tooShort", MIN_PASSWORD_LENGTH);
		}
		if (password != null && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw InvalidInputException.of(field, "password.error.tooLong", MAX_PASSWORD_BYTES);
		}
	}

	/** A person's role in the current network, as the users page lists it. */
	public record NetworkUser(long roleId, long version, long userId, String email, String displayName, Role role,
			Long organizationId, boolean active) {
	}

	/** A person to add to a network. */
	public record NewMember(String email, String displayName, String language, Role role, Long organizationId,
			String password) {
	}
}
