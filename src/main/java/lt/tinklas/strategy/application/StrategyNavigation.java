package lt.tinklas.strategy.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StrategyNavigation {

	@Bean
	NavigationItem strategySection() {
		return new NavigationItem(50, "nav.strategy", "/strategy", Set.of(Role.NETWORK_ADMIN.authority(),
				Role.STAFF.authority(), Role.BOARD.authority(), Role.READER), NavigationGroup.STRATEGY_AND_REPORTS);
	}
}
