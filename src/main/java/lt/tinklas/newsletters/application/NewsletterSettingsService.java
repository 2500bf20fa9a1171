package lt.tinklas.newsletters.application;

import lt.tinklas.newsletters.domain.NewsletterSettings;
import lt.tinklas.newsletters.domain.NewsletterSettingsRecords;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network's sending rate: mails a minute, 1 to 10,000, as its SMTP provider allows. */
@Service
public class NewsletterSettingsService {

	private final NewsletterSettingsRecords settings;

	NewsletterSettingsService(NewsletterSettingsRecords settings) {
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public int rate() {
		return settings.findFirstBy().map(NewsletterSettings::getRatePerMinute).orElse(NewsletterSettings.DEFAULT_RATE);
	}

	/** Sets the rate as typed; a rate that is not a whole number from 1 to 10,000 is refused. */
	@Transactional
	public void setRate(String typed) {
		int rate;
		try {
			rate = Integer.parseInt(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of("rate", "newsletterSettings.error.rate");
		}
		if (rate < 1 || rate > 10_000) {
			throw InvalidInputException.of("rate", "newsletterSettings.error.rate");
		}
		NewsletterSettings current = settings.findFirstBy().orElseGet(NewsletterSettings::new);
		current.setRatePerMinute(rate);
		settings.saveAndFlush(current);
	}
}
