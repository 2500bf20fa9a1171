package lt.tinklas.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.identity.ApiTokenHashes;
import lt.tinklas.identity.NetworkMembership;
import lt.tinklas.identity.Users;
import lt.tinklas.identity.domain.ApiToken;
import lt.tinklas.identity.domain.ApiTokenRecords;
import lt.tinklas.identity.domain.UserAccount;
import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's personal API tokens. A token reaches one network the user has a role in, or every network
 * when it is platform-wide (only the platform admin may make such a token); it is read-only or may
 * also change records; it expires at the end of a chosen day, by default in {@value #DEFAULT_DAYS}
 * days and at most a year from today. A revoked token is kept and listed with the time it was revoked.
 */
@Service
public class ApiTokens {

	public static final int DEFAULT_DAYS = 90;

	/** What a new token's form sends for a token that reaches every network. */
	public static final String PLATFORM_WIDE = "platform";

	private final ApiTokenRecords tokens;
	private final UserAccountRecords accounts;
	private final Users users;
	private final NetworkLookup networks;
	private final Clock clock;
	private final TransactionTemplate transactions;

	ApiTokens(ApiTokenRecords tokens, UserAccountRecords accounts, Users users, NetworkLookup networks,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.tokens = tokens;
		this.accounts = accounts;
		this.users = users;
		this.networks = networks;
		this.clock = Clock.system(Formats.VILNIUS);
	}

	/** A new token's wishes: its name, where it reaches (a network's id or {@link #PLATFORM_WIDE}), its access and last day. */
	public record NewToken(String name, String reach, Boolean readOnly, LocalDate expiresOn) {
	}

	/** Where a user's token may reach: a network (by id) or, for the platform admin, every network. */
	public record Reach(String value, String name, boolean platformWide) {
	}

	/** A token as its owner sees it; the token itself is never shown again. */
	public record TokenSummary(long id, String name, Long networkId, String networkName, boolean platformWide,
			boolean readOnly, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
			String lastUsedFrom, boolean active, boolean expired) {
	}

	/** The day a new token expires unless its owner chooses another. */
	public LocalDate defaultExpiry() {
		return LocalDate.now(clock).plusDays(DEFAULT_DAYS);
	}

	/** The last day a new token may have. */
	public LocalDate latestExpiry() {
		return LocalDate.now(clock).plusYears(1);
	}

	/**
	 * Makes a token and returns it: it is shown this once and only its hash is kept. Every wish is
	 * checked before anything is stored; what breaks a rule is named by its field.
	 */
	public String create(long userId, NewToken wish) {
		return PlatformWide.run(() -> transactions.execute(status -> {
			UserAccount user = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
			List<InvalidInputException.FieldError> errors = new ArrayList<>();
			String name = wish.name() == null ? "" : wish.name().trim();
			if (name.isEmpty()) {
				errors.add(new InvalidInputException.FieldError("name", "account.token.error.name", new Object[0]));
			}
			else if (name.length() > 100) {
				errors.add(new InvalidInputException.FieldError("name", "account.token.error.nameLength", new Object[] { 100 }));
			}
			Long networkId = null;
			if (wish.reach() == null || wish.reach().isBlank()) {
				errors.add(new InvalidInputException.FieldError("reach", "account.token.error.reach", new Object[0]));
			}
			else if (PLATFORM_WIDE.equals(wish.reach())) {
				if (!user.isPlatformAdmin()) {
					errors.add(new InvalidInputException.FieldError("reach", "account.token.error.platformWide",
							new Object[0]));
				}
			}
			else {
				networkId = reachableNetwork(userId, wish.reach());
				if (networkId == null) {
					errors.add(new InvalidInputException.FieldError("reach", "account.token.error.network", new Object[0]));
				}
			}
			if (wish.readOnly() == null) {
				errors.add(new InvalidInputException.FieldError("readOnly", "account.token.error.access", new Object[0]));
			}
			LocalDate today = LocalDate.now(clock);
			LocalDate lastDay = wish.expiresOn() == null ? defaultExpiry() : wish.expiresOn();
			if (lastDay.isBefore(today)) {
				errors.add(new InvalidInputException.FieldError("expiresOn", "account.token.error.past", new Object[0]));
			}
			else if (lastDay.isAfter(latestExpiry())) {
				errors.add(new InvalidInputException.FieldError("expiresOn", "account.token.error.tooLate",
						new Object[] { latestExpiry().toString() }));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			String token = ApiTokenHashes.newToken();
			// valid through the whole of its last day in Vilnius
			Instant expiresAt = lastDay.plusDays(1).atStartOfDay(Formats.VILNIUS).toInstant();
			// written now, on the platform's path, even when a caller's transaction ends later
			tokens.saveAndFlush(new ApiToken(userId, name, ApiTokenHashes.hash(token), networkId, wish.readOnly(),
					expiresAt));
			return token;
		}));
	}

	private Long reachableNetwork(long userId, String reach) {
		long networkId;
		try {
			networkId = Long.parseLong(reach);
		}
		catch (NumberFormatException e) {
			return null;
		}
		return users.membershipIn(networkId, userId).isPresent() ? networkId : null;
	}

	/** Revokes one of the user's tokens; it stays listed as revoked. */
	public void revoke(long userId, long tokenId) {
		PlatformWide.run(() -> transactions.executeWithoutResult(status -> {
			tokens.findByIdAndUserId(tokenId, userId)
				.orElseThrow(() -> new NotFoundException("Token"))
				.revoke(clock.instant());
			tokens.flush();
		}));
	}

	/** Revokes every token of the user still in force (after a password change, if the user wishes); how many. */
	public int revokeAll(long userId) {
		return PlatformWide.run(() -> transactions.execute(status -> {
			Instant now = clock.instant();
			int revoked = 0;
			for (ApiToken token : tokens.findByUserIdOrderByCreatedAtDesc(userId)) {
				if (token.isActive(now)) {
					token.revoke(now);
					revoked++;
				}
			}
			tokens.flush();
			return revoked;
		}));
	}

	/** The user's tokens, newest first, the revoked and expired ones too. */
	public List<TokenSummary> of(long userId) {
		return PlatformWide.run(() -> transactions.execute(status -> {
			Instant now = clock.instant();
			return tokens.findByUserIdOrderByCreatedAtDesc(userId)
				.stream()
				.map(t -> new TokenSummary(t.getId(), t.getName(), t.getNetworkId(),
						t.getNetworkId() == null ? null : networks.shortNameOf(t.getNetworkId()), t.isPlatformWide(),
						t.isReadOnly(), t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(), t.getLastUsedAt(),
						t.getLastUsedFrom(), t.isActive(now), t.getRevokedAt() == null && !t.isActive(now)))
				.toList();
		}));
	}

	/** Where the user may make a token reach: each network they have a role in, and every network for the platform admin. */
	public List<Reach> reaches(long userId) {
		return PlatformWide.run(() -> transactions.execute(status -> {
			List<Reach> reaches = new ArrayList<>();
			for (NetworkMembership membership : users.membershipsOf(userId)) {
				reaches.add(new Reach(String.valueOf(membership.networkId()), networks.shortNameOf(membership.networkId()),
						false));
			}
			if (accounts.findById(userId).map(UserAccount::isPlatformAdmin).orElse(false)) {
				reaches.add(new Reach(PLATFORM_WIDE, null, true));
			}
			return reaches;
		}));
	}
}
