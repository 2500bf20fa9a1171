package lt.tinklas.growth.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Growing the network in the menu, for its keepers. */
@Configuration
class GrowthNavigation {

	@Bean
	NavigationItem growthSection() {
		return new NavigationItem(12, "nav.growth", "/growth", Set.of(Role.NETWORK_ADMIN.authority(), Role.STAFF.authority()),
				NavigationGroup.MEMBERS);
	}
}
