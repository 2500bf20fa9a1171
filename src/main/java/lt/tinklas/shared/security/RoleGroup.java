package lt.tinklas.shared.security;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;

/**
 * Who may do something: the groups of roles, each named once here. A handler admits a group with
 * its annotation ({@link Keepers} ...), a page shows what only a group may do with {@code #roles}
 * ({@link PageRoles}). An annotation's {@code @PreAuthorize} must be a constant, so it repeats its
 * group's roles; {@code RoleGroupTests} fails when the two disagree.
 */
public enum RoleGroup {

	KEEPERS(Keepers.class, "NETWORK_ADMIN", "STAFF"),
	READERS(Readers.class, "NETWORK_ADMIN", "STAFF", "BOARD", "READER"),
	KEEPERS_AND_REPRESENTATIVES(KeepersAndRepresentatives.class, "NETWORK_ADMIN", "STAFF", "MEMBER_REP"),
	KEEPERS_AND_BOARD(KeepersAndBoard.class, "NETWORK_ADMIN", "STAFF", "BOARD"),
	KEEPERS_AND_READERS(KeepersAndReaders.class, "NETWORK_ADMIN", "STAFF", "READER"),
	ANY_NETWORK_ROLE(AnyNetworkRole.class, "NETWORK_ADMIN", "STAFF", "BOARD", "READER", "MEMBER_REP"),
	NETWORK_ADMINS(NetworkAdmins.class, "NETWORK_ADMIN"),
	PLATFORM_ADMINS(PlatformAdmins.class, "PLATFORM_ADMIN");

	private final Class<? extends Annotation> annotation;
	private final List<String> roles;
	private final Set<String> authorities;

	RoleGroup(Class<? extends Annotation> annotation, String... roles) {
		this.annotation = annotation;
		this.roles = List.of(roles);
		this.authorities = this.roles.stream().map(role -> "ROLE_" + role).collect(Collectors.toUnmodifiableSet());
	}

	/** The annotation that admits this group to a handler. */
	public Class<? extends Annotation> annotation() {
		return annotation;
	}

	/** The roles, named as {@code hasAnyRole} names them (without {@code ROLE_}). */
	public List<String> roles() {
		return roles;
	}

	/** Whether a request with these authorities has one of the group's roles. */
	public boolean includes(Collection<? extends GrantedAuthority> granted) {
		for (GrantedAuthority authority : granted) {
			if (authorities.contains(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}
}
