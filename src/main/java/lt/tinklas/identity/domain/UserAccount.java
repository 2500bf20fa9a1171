package lt.tinklas.identity.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.shared.history.Versioned;

/** A person who signs in. The e-mail is the login and is kept in lower case. */
@Entity
@Table(name = "user_account")
public class UserAccount extends Versioned {

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(nullable = false)
	private String language = "lt";

	@Column(name = "platform_admin", nullable = false)
	private boolean platformAdmin;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, String language) {
		this.email = normalize(email);
		this.displayName = displayName;
		this.language = language == null ? "lt" : language;
	}

	public static String normalize(String email) {
		return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	public SignedInUser toPrincipal() {
		return new SignedInUser(getId(), email, displayName, passwordHash, language, platformAdmin, enabled);
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void makePlatformAdmin() {
		this.platformAdmin = true;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isPlatformAdmin() {
		return platformAdmin;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean hasPassword() {
		return passwordHash != null;
	}
}
