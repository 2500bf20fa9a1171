package lt.tinklas.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import lt.tinklas.advocacy.application.PersonalData;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

	@Test
	void spotsEmailsPhonesAndPersonalCodes() {
		assertThat(PersonalData.spotted("Rašykite jonas.jonaitis@pastas.lt")).containsExactly(PersonalData.Kind.EMAIL);
		assertThat(PersonalData.spotted("Skambinkite +370 612 34567")).containsExactly(PersonalData.Kind.PHONE);
		assertThat(PersonalData.spotted("tel. 8 612 34567")).containsExactly(PersonalData.Kind.PHONE);
		assertThat(PersonalData.spotted("asmens kodas 38501011239")).containsExactly(PersonalData.Kind.PERSONAL_CODE);
	}

	@Test
	void leavesOrdinaryTextAlone() {
		assertThat(PersonalData.spotted("Kompensuojamų priemonių apimtys tenkina tik 1/3 poreikio; 2017 m. 14 val.")).isEmpty();
		// eleven digits whose check digit does not fit are not a personal code
		assertThat(PersonalData.spotted("Sąskaita 38501011230")).isEmpty();
	}
}
