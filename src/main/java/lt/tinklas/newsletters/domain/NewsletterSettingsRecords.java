package lt.tinklas.newsletters.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NewsletterSettingsRecords extends JpaRepository<NewsletterSettings, Long> {

	/** The network's settings (the tenant filter leaves only its own). */
	Optional<NewsletterSettings> findFirstBy();
}
