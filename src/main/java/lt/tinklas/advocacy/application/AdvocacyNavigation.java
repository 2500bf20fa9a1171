package lt.tinklas.advocacy.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AdvocacyNavigation {

	@Bean
	NavigationItem workingGroupsSection() {
		return new NavigationItem(40, "nav.workingGroups", "/working-groups", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.MEMBER_REP.authority(), Role.READER), NavigationGroup.ADVOCACY);
	}

	@Bean
	NavigationItem advocacySection() {
		return new NavigationItem(41, "nav.advocacy", "/positions", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.READER), NavigationGroup.ADVOCACY);
	}
}
