package lt.tinklas.organizations.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OrganizationsNavigation {

	@Bean
	NavigationItem organizationsSection() {
		return new NavigationItem(10, "nav.organizations", "/organizations", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.MEMBER_REP.authority(), Role.READER), NavigationGroup.MEMBERS);
	}

	@Bean
	NavigationItem applicationsSection() {
		return new NavigationItem(11, "nav.applications", "/applications",
				Set.of(Role.NETWORK_ADMIN.authority(), Role.STAFF.authority(), Role.BOARD.authority(), Role.READER), NavigationGroup.MEMBERS);
	}
}
