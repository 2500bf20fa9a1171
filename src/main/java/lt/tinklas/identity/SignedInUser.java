package lt.tinklas.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in user. Network roles are added per request, not kept here. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private final long id;
	private final String email;
	private final String displayName;
	private String passwordHash;
	private final String language;
	private final boolean platformAdmin;
	private final boolean enabled;

	public SignedInUser(long id, String email, String displayName, String passwordHash, String language,
			boolean platformAdmin, boolean enabled) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.language = language;
		this.platformAdmin = platformAdmin;
		this.enabled = enabled;
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
