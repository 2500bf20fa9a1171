package lt.tinklas.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A User-Agent told as the browser and the system a person recognizes. */
class BrowserNamesTests {

	@Test
	void commonBrowsersAreNamedWithTheirSystem() {
		assertThat(BrowserNames.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/120.0.0.0 Safari/537.36")).isEqualTo("Chrome, Linux");
		assertThat(BrowserNames.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91")).isEqualTo("Edge, Windows");
		assertThat(BrowserNames.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.2; rv:121.0) Gecko/20100101 Firefox/121.0"))
			.isEqualTo("Firefox, macOS");
		assertThat(BrowserNames.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1")).isEqualTo("Safari, iOS");
		assertThat(BrowserNames.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/120.0.6099.144 Mobile Safari/537.36")).isEqualTo("Chrome, Android");
	}

	@Test
	void whatIsNotKnownIsNotGuessed() {
		assertThat(BrowserNames.of(null)).isNull();
		assertThat(BrowserNames.of("  ")).isNull();
		assertThat(BrowserNames.of("kazkas/1.0")).isNull();
		assertThat(BrowserNames.of("kazkas/1.0 (Windows NT 10.0)")).isEqualTo("Windows");
	}
}
