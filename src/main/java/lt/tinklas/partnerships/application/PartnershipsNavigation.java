package lt.tinklas.partnerships.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PartnershipsNavigation {

	@Bean
	NavigationItem partnershipsSection() {
		return new NavigationItem(75, "nav.partnerships", "/municipal-agreements", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.READER), NavigationGroup.PROJECTS_AND_PARTNERS);
	}
}
