package lt.tinklas.publishing.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PublishingNavigation {

	@Bean
	NavigationItem siteSection() {
		return new NavigationItem(90, "nav.site", "/site", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.READER), NavigationGroup.SITE);
	}
}
