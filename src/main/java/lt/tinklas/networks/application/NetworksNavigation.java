package lt.tinklas.networks.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NetworksNavigation {

	@Bean
	NavigationItem homeSection() {
		return new NavigationItem(0, "nav.home", "", Set.of(Role.NETWORK_ADMIN.authority(), Role.STAFF.authority(),
				Role.BOARD.authority(), Role.MEMBER_REP.authority(), Role.READER));
	}

	@Bean
	NavigationItem historySection() {
		return new NavigationItem(95, "nav.history", "/history",
				Set.of(Role.NETWORK_ADMIN.authority(), Role.STAFF.authority(), Role.READER), NavigationGroup.SETTINGS);
	}

	@Bean
	NavigationItem accessLogSection() {
		return new NavigationItem(96, "nav.accessLog", "/access-log", Set.of(Role.NETWORK_ADMIN.authority()),
				NavigationGroup.SETTINGS);
	}

	@Bean
	NavigationItem settingsSection() {
		return new NavigationItem(100, "nav.settings", "/settings",
				Set.of(Role.NETWORK_ADMIN.authority(), Role.STAFF.authority(), Role.READER), NavigationGroup.SETTINGS);
	}
}
