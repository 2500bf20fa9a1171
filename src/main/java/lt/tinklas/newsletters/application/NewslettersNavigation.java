package lt.tinklas.newsletters.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.shared.personal.LegalBasis;
import lt.tinklas.shared.personal.ProcessingDeclaration;
import lt.tinklas.shared.personal.ProcessingRecord;
import lt.tinklas.shared.web.NavigationGroup;
import lt.tinklas.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The newsletters' section in the menu (for keepers) and their entry in the register of processing. */
@Configuration
class NewslettersNavigation {

	@Bean
	NavigationItem newslettersSection() {
		return new NavigationItem(25, "nav.newsletters", "/newsletters",
				Set.of(Role.NETWORK_ADMIN.authority(), Role.STAFF.authority()), NavigationGroup.SITE);
	}

	@Bean
	ProcessingDeclaration newslettersProcessing() {
		return () -> java.util.List.of(new ProcessingRecord("newsletters", LegalBasis.CONSENT));
	}
}
