package lt.tinklas.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token; only its SHA-256 hash is kept. It reaches one network, or every network when
 * it is platform-wide (the platform admin's only); it may be read-only; it expires; a revoked token
 * is kept, with the time it was revoked, so its owner sees what became of it.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "network_id")
	private Long networkId;

	@Column(name = "platform_wide", nullable = false)
	private boolean platformWide;

	@Column(name = "read_only", nullable = false)
	private boolean readOnly;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "last_used_from")
	private String lastUsedFrom;

	protected ApiToken() {
	}

	/** A token of one network ({@code networkId}), or platform-wide when {@code networkId} is null. */
	public ApiToken(Long userId, String name, String tokenHash, Long networkId, boolean readOnly, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.networkId = networkId;
		this.platformWide = networkId == null;
		this.readOnly = readOnly;
		this.expiresAt = expiresAt;
	}

	/** Revoked from now on; a token revoked before keeps its first date. */
	public void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public boolean isActive(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	public Long getId() {
		return id;
	}

	public Long getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public Long getNetworkId() {
		return networkId;
	}

	public boolean isPlatformWide() {
		return platformWide;
	}

	public boolean isReadOnly() {
		return readOnly;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public String getLastUsedFrom() {
		return lastUsedFrom;
	}
}
