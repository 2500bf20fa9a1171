package lt.tinklas.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time link to set a password (a reset or an invitation); only its hash is kept. */
@Entity
@Table(name = "password_token")
public class PasswordToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordToken() {
	}

	public PasswordToken(Long userId, String tokenHash, Instant expiresAt) {
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	public Long getUserId() {
		return userId;
	}

	public boolean usableAt(Instant now) {
		return usedAt == null && expiresAt.isAfter(now);
	}

	public void use(Instant now) {
		usedAt = now;
	}
}
