package lt.tinklas.awards.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AwardsNavigation {

	@Bean
	NavigationItem awardsSection() {
		return new NavigationItem(80, "nav.awards", "/awards", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.READER), NavigationGroup.PROJECTS_AND_PARTNERS);
	}
}
