package lt.tinklas.networks.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lt.tinklas.shared.retention.Retention;

/**
 * A network's retention periods as the settings page and the API take them: days for the text of
 * sent mail, for registrations never confirmed and for feedback and certificate links; years
 * without activity after which staff decide about a person (empty: never).
 */
public record RetentionSettings(
		@NotNull @Min(1) @Max(3650) Integer outboxBodyDays,
		@NotNull @Min(1) @Max(365) Integer unconfirmedRegistrationDays,
		@NotNull @Min(1) @Max(3650) Integer feedbackLinkDays,
		@Min(1) @Max(50) Integer inactivePersonYears) {

	static RetentionSettings of(Retention retention) {
		return new RetentionSettings(retention.outboxBodyDays(), retention.unconfirmedRegistrationDays(),
				retention.feedbackLinkDays(), retention.inactivePersonYears());
	}

	Retention retention() {
		return new Retention(outboxBodyDays, unconfirmedRegistrationDays, feedbackLinkDays, inactivePersonYears);
	}
}
