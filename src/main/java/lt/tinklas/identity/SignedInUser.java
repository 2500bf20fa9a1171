package lt.tinklas.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user. Network roles are added per request, not kept here. Signed in
 * by a personal token, the user reaches only the token's network (unless the token is platform-wide)
 * and, with a read-only token, only reads.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private final long id;
	private final String email;
	private final String displayName;
	private String passwordHash;
	private final String language;
	private final boolean platformAdmin;
	private final boolean enabled;
	private final Long onlyNetworkId;
	private final boolean readOnly;

	public SignedInUser(long id, String email, String displayName, String passwordHash, String language,
			boolean platformAdmin, boolean enabled) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.language = language;
		this.platformAdmin = platformAdmin;
		this.enabled = enabled;
		this.onlyNetworkId = null;
		this.readOnly = false;
	}

	private SignedInUser(SignedInUser user, Long onlyNetworkId, boolean readOnly) {
		this.id = user.id;
		this.email = user.email;
		this.displayName = user.displayName;
		this.passwordHash = user.passwordHash;
		this.language = user.language;
		// a token of one network carries none of the platform admin's powers
		this.platformAdmin = user.platformAdmin && onlyNetworkId == null;
		this.enabled = user.enabled;
		this.onlyNetworkId = onlyNetworkId;
		this.readOnly = readOnly;
	}

	/** The same user signed in by a token that reaches one network (null: platform-wide) and may only read or not. */
	public SignedInUser throughToken(Long networkId, boolean readOnly) {
		return new SignedInUser(this, networkId, readOnly);
	}

	/** Whether this sign-in reaches the network: always, unless a token limits it to another one. */
	public boolean reaches(long networkId) {
		return onlyNetworkId == null || onlyNetworkId == networkId;
	}

	/** Signed in by a read-only token: nothing may be changed. */
	public boolean readOnly() {
		return readOnly;
	}

	public long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public String language() {
		return language;
	}

	public boolean platformAdmin() {
		return platformAdmin;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (platformAdmin) {
			authorities.add(new SimpleGrantedAuthority(Role.PLATFORM_ADMIN));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled && passwordHash != null;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "SignedInUser[" + email + "]";
	}
}
