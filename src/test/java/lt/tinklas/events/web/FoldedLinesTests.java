package lt.tinklas.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Folding iCalendar lines by octets, as RFC 5545 counts them. */
class FoldedLinesTests {

	static void assertEachLineFits(String folded) {
		assertThat(folded).endsWith("\r\n");
		assertThat(Arrays.asList(folded.split("\r\n")))
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(75))
			.allSatisfy(line -> assertThat(line).doesNotContain("\r", "\n"));
	}

	static String unfold(String folded) {
		return folded.replace("\r\n ", "");
	}

	@Test
	void lithuanianLettersFoldByOctetsAndUnfoldToTheSameText() {
		String line = "DESCRIPTION:" + "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ „kabutės“ – ".repeat(8);
		String folded = FoldedLines.fold(line + "\r\n");
		assertEachLineFits(folded);
		assertThat(folded.split("\r\n")).hasSizeGreaterThan(line.getBytes(StandardCharsets.UTF_8).length / 75);
		assertThat(unfold(folded)).isEqualTo(line + "\r\n");
	}

	@Test
	void aCharacterOutsideTheBasicPlaneIsNeverCut() {
		String line = "SUMMARY:" + "🙂".repeat(40);
		String folded = FoldedLines.fold(line + "\r\n");
		assertEachLineFits(folded);
		for (String part : folded.split("\r\n")) {
			assertThat(part.strip().replace("🙂", "")).isIn("", "SUMMARY:");
		}
		assertThat(unfold(folded)).isEqualTo(line + "\r\n");
	}

	@Test
	void aLineOfExactlySeventyFiveOctetsStaysWholeAndTheNextOctetFolds() {
		String exact = "X".repeat(73) + "ą";
		assertThat(FoldedLines.fold(exact + "\r\n")).isEqualTo(exact + "\r\n");
		String over = "X".repeat(74) + "ą";
		assertThat(FoldedLines.fold(over + "\r\n")).isEqualTo("X".repeat(74) + "\r\n ą\r\n");
	}

	@Test
	void linesAlreadyFoldedByCharactersAreFoldedAgainByOctets() {
		String byCharacters = "DESCRIPTION:" + "š".repeat(61) + "\r\n " + "š".repeat(72) + "\r\nEND:VEVENT\r\n";
		String folded = FoldedLines.fold(byCharacters);
		assertEachLineFits(folded);
		assertThat(unfold(folded)).isEqualTo("DESCRIPTION:" + "š".repeat(133) + "\r\nEND:VEVENT\r\n");
	}
}
