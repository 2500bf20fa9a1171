package lt.tinklas.newsletters.application;

import lt.tinklas.newsletters.domain.BounceSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The newsletters' settings of the installation: the bounce mailbox. */
@Configuration
@EnableConfigurationProperties(BounceSettings.class)
class NewslettersConfiguration {
}
