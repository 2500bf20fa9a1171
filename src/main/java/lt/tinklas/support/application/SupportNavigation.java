package lt.tinklas.support.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SupportNavigation {

	@Bean
	NavigationItem supportSection() {
		return new NavigationItem(70, "nav.support", "/consultations", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.MEMBER_REP.authority(), Role.READER), NavigationGroup.MEMBERS);
	}
}
