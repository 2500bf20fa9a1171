package lt.tinklas.identity.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IdentityNavigation {

	@Bean
	NavigationItem usersSection() {
		return new NavigationItem(90, "nav.users", "/users", Set.of(Role.NETWORK_ADMIN.authority()), NavigationGroup.SETTINGS);
	}
}
