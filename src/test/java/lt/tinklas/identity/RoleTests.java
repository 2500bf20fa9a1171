package lt.tinklas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lt.tinklas.shared.security.RoleGroup;
import org.junit.jupiter.api.Test;

/** The role groups the kernel names (shared.security) hold only the roles a request is granted here. */
class RoleTests {

	@Test
	void everyRoleAGroupNamesIsGranted() {
		Set<String> granted = Stream
			.concat(Arrays.stream(Role.values()).map(Role::authority), Stream.of(Role.READER, Role.PLATFORM_ADMIN))
			.collect(Collectors.toSet());
		Set<String> named = Arrays.stream(RoleGroup.values())
			.flatMap(group -> group.roles().stream())
			.map(role -> "ROLE_" + role)
			.collect(Collectors.toSet());
		assertThat(granted).containsAll(named);
	}
}
