package lt.tinklas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A year goes into a text as it is written; a large number keeps its grouping, a choice its format. */
class MessageTextsTests {

	final MessageTexts messages = new MessageTexts(List.of("messages/messages", "messages/events", "messages/strategy",
			"messages/advocacy"),
			"UTF-8", false);

	final Locale lt = Locale.forLanguageTag("lt");

	@Test
	void aYearIsNeverGroupedInEitherLanguage() {
		assertThat(messages.getMessage("stats.title", new Object[] { 2026 }, lt)).isEqualTo("Renginių statistika, 2026 m.");
		assertThat(messages.getMessage("stats.title", new Object[] { 2026 }, Locale.ENGLISH))
			.isEqualTo("Event statistics, 2026");
		assertThat(messages.getMessage("indicator.targetFor", new Object[] { 2029 }, Locale.ENGLISH)).isEqualTo("2029");
	}

	@Test
	void anArgumentWithItsOwnFormatKeepsIt() {
		assertThat(messages.getMessage("common.error.tooLong", new Object[] { 300 }, lt))
			.isEqualTo("Ne daugiau kaip 300 simbolių.");
	}

	@Test
	void aLargeNumberKeepsTheLanguagesGrouping() {
		assertThat(messages.getMessage("stats.title", new Object[] { 15563 }, Locale.ENGLISH))
			.isEqualTo("Event statistics, 15,563");
		assertThat(messages.getMessage("stats.title", new Object[] { 15563 }, lt).replace('\u00A0', ' '))
			.isEqualTo("Renginių statistika, 15 563 m.");
	}
}
