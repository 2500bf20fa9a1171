package lt.tinklas.shared.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;

/**
 * The role groups of the user a page is rendered for, in templates as {@code #roles}:
 * {@code th:if="${#roles.keepers}"} shows an element to those {@link Keepers} admits. Read once per
 * rendering from the request's authorities (a network's roles are the current network's), so a
 * check costs a set lookup.
 */
public final class PageRoles {

	private final Set<RoleGroup> groups = EnumSet.noneOf(RoleGroup.class);

	PageRoles(Authentication authentication) {
		if (authentication != null) {
			for (RoleGroup group : RoleGroup.values()) {
				if (group.includes(authentication.getAuthorities())) {
					groups.add(group);
				}
			}
		}
	}

	/** {@link Keepers}: the network's admins and staff. */
	public boolean isKeepers() {
		return groups.contains(RoleGroup.KEEPERS);
	}

	/** {@link Readers}: the keepers, the board and a platform admin allowed to read the network. */
	public boolean isReaders() {
		return groups.contains(RoleGroup.READERS);
	}

	/** {@link KeepersAndRepresentatives}: the keepers and a member organization's representative. */
	public boolean isKeepersAndRepresentatives() {
		return groups.contains(RoleGroup.KEEPERS_AND_REPRESENTATIVES);
	}

	/** {@link KeepersAndBoard}: the keepers and the board. */
	public boolean isKeepersAndBoard() {
		return groups.contains(RoleGroup.KEEPERS_AND_BOARD);
	}

	/** {@link KeepersAndReaders}: the keepers and a platform admin allowed to read the network. */
	public boolean isKeepersAndReaders() {
		return groups.contains(RoleGroup.KEEPERS_AND_READERS);
	}

	/** {@link AnyNetworkRole}: anyone with a role in the network. */
	public boolean isAnyNetworkRole() {
		return groups.contains(RoleGroup.ANY_NETWORK_ROLE);
	}

	/** {@link NetworkAdmins}: the network's admins. */
	public boolean isNetworkAdmins() {
		return groups.contains(RoleGroup.NETWORK_ADMINS);
	}

	/** {@link PlatformAdmins}: the platform's admins. */
	public boolean isPlatformAdmins() {
		return groups.contains(RoleGroup.PLATFORM_ADMINS);
	}
}
