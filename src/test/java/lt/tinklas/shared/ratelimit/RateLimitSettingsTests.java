package lt.tinklas.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The limits are settings: each door keeps its default unless set, and a setting may change one part. */
class RateLimitSettingsTests {

	@Test
	void withoutSettingsEveryDoorHasItsDefault() {
		RateLimitSettings settings = bind(Map.of());
		for (Door door : Door.values()) {
			assertThat(settings.of(door)).as(door.name()).isEqualTo(door.defaultLimit());
		}
		assertThat(settings.of(Door.PASSWORD_RESET_EMAIL)).isEqualTo(new Limit(5, Duration.ofHours(1)));
		assertThat(settings.of(Door.API)).isEqualTo(new Limit(1200, Duration.ofMinutes(1)));
	}

	@Test
	void aSettingChangesOneDoorAndKeepsWhatItLeavesOut() {
		RateLimitSettings settings = bind(Map.of("tinklas.rate-limits.password-reset-email.capacity", "2",
				"tinklas.rate-limits.api.period", "10s"));
		assertThat(settings.of(Door.PASSWORD_RESET_EMAIL)).isEqualTo(new Limit(2, Duration.ofHours(1)));
		assertThat(settings.of(Door.API)).isEqualTo(new Limit(1200, Duration.ofSeconds(10)));
		assertThat(settings.of(Door.INVITATION)).isEqualTo(Door.INVITATION.defaultLimit());
	}

	private static RateLimitSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("tinklas", RateLimitSettings.class);
	}
}
