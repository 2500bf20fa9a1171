package lt.tinklas.demo;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.people.PersonData;

/** People of the demo: the NSMOT director named in seed 000 and invented member staff and speakers. */
final class DemoPeople {

	private static final List<PersonData.ConsentData> CONSENT = List
		.of(new PersonData.ConsentData("Kvietimai į renginius", LocalDate.of(2025, 1, 15), null, null,
				PersonData.ConsentSource.PAPER, "Sutinku gauti kvietimus į tinklo renginius el. paštu.", null));

	static final List<PersonData> NSMOT = List.of(
			person("Aistė", "Adomavičienė", "aiste.adomaviciene@smtinklas.lt"),
			person("Šarūnas", "Čepulis", "sarunas.cepulis@pavyzdys.lt"),
			person("Ieva", "Žukauskaitė", "ieva.zukauskaite@pavyzdys.lt"),
			person("Yvona", "Ivanauskienė", "yvona.ivanauskiene@pavyzdys.lt"),
			person("Mindaugas", "Černiauskas", "mindaugas.cerniauskas@pavyzdys.lt"),
			person("Giedrė", "Šilinskaitė", "giedre.silinskaite@pavyzdys.lt"),
			person("Tomas", "Cibulskis", "tomas.cibulskis@pavyzdys.lt"),
			person("Rasa", "Ąžuolienė", "rasa.azuoliene@pavyzdys.lt"));

	private DemoPeople() {
	}

	private static PersonData person(String first, String last, String email) {
		return new PersonData(first, last, email, null, "lt", List.of(), CONSENT);
	}
}
