package lt.tinklas.events.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EventsNavigation {

	@Bean
	NavigationItem eventsSection() {
		return new NavigationItem(30, "nav.events", "/events", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.MEMBER_REP.authority(), Role.READER), NavigationGroup.EVENTS);
	}

	@Bean
	NavigationItem eventStatsSection() {
		return new NavigationItem(31, "nav.eventStats", "/events/stats",
				Set.of(Role.NETWORK_ADMIN.authority(), Role.STAFF.authority(), Role.BOARD.authority(), Role.READER), NavigationGroup.EVENTS);
	}
}
