package lt.tinklas.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The growing delay as production has it: five free failures, then 2, 4, 8 ... seconds, at most 15 minutes. */
class SignInDelaySettingsTests {

	final SignInDelaySettings defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("tinklas.sign-in-delay", SignInDelaySettings.class);

	@Test
	void theDefaultsAreFiveFreeFailuresPerAccountFiftyPerAddressAndAtMostFifteenMinutes() {
		assertThat(defaults.freeFailuresPerAccount()).isEqualTo(5);
		assertThat(defaults.freeFailuresPerAddress()).isEqualTo(50);
		assertThat(defaults.longest()).isEqualTo(Duration.ofMinutes(15));
		assertThat(defaults.forgetAfter()).isEqualTo(Duration.ofHours(24));
		assertThat(defaults.warnOwnerEvery()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void eachFailureAfterTheFreeOnesDoublesTheWaitUpToFifteenMinutes() {
		assertThat(defaults.delayAfter(4, 5)).isZero();
		assertThat(defaults.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(2));
		assertThat(defaults.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(4));
		assertThat(defaults.delayAfter(10, 5)).isEqualTo(Duration.ofSeconds(64));
		assertThat(defaults.delayAfter(13, 5)).isEqualTo(Duration.ofSeconds(512));
		assertThat(defaults.delayAfter(14, 5)).isEqualTo(Duration.ofMinutes(15));
		assertThat(defaults.delayAfter(1_000_000, 5)).isEqualTo(Duration.ofMinutes(15));
	}
}
