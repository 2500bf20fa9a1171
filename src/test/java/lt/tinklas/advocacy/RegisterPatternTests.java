package lt.tinklas.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RegisterPatternTests {

	@Test
	void theSeedsPatternGivesTheSeedsNumber() {
		RegisterPattern pattern = new RegisterPattern("NSMOT/{yy}/{mm}/{dd}/{seq:2}");
		LocalDate day = LocalDate.of(2026, 1, 22);
		assertThat(pattern.format(day, 1)).isEqualTo("NSMOT/26/01/22/01");
		assertThat(pattern.format(day, 12)).isEqualTo("NSMOT/26/01/22/12");
		assertThat(pattern.scope(day)).isEqualTo("2026-01-22");
	}

	@Test
	void theSequenceStartsAgainWithTheFinestDatePartOfThePattern() {
		LocalDate day = LocalDate.of(2026, 3, 9);
		assertThat(new RegisterPattern("R-{yyyy}-{mm}-{seq:3}").scope(day)).isEqualTo("2026-03");
		assertThat(new RegisterPattern("R-{yyyy}-{mm}-{seq:3}").format(day, 7)).isEqualTo("R-2026-03-007");
		assertThat(new RegisterPattern("{yyyy}/{seq}").scope(day)).isEqualTo("2026");
		assertThat(new RegisterPattern("Nr. {seq}").scope(day)).isEqualTo("-");
		assertThat(new RegisterPattern("Nr. {seq}").format(day, 123)).isEqualTo("Nr. 123");
	}

	@Test
	void aPatternWithoutASequenceIsRefused() {
		assertThatThrownBy(() -> new RegisterPattern("NSMOT/{yy}/{mm}/{dd}")).isInstanceOf(IllegalArgumentException.class);
	}
}
