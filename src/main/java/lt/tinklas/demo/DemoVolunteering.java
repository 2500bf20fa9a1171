package lt.tinklas.demo;

import java.time.LocalDate;
import java.util.List;

import lt.tinklas.networks.Networks;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.volunteering.Volunteering;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * NSMOT's volunteering programme "Gyvoji biblioteka" (seed 004) with a few of its demo people as
 * volunteers and their activities in the second half of 2022, when the seed's project ran.
 */
@Component
@Order(24)
@ConditionalOnProperty(name = "tinklas.demo.enabled", havingValue = "true")
class DemoVolunteering implements ApplicationRunner {

	private final Networks networks;
	private final Volunteering volunteering;
	private final People people;

	DemoVolunteering(Networks networks, Volunteering volunteering, People people) {
		this.networks = networks;
		this.volunteering = volunteering;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		NetworkRef nsmot = networks.bySlug("nsmot").orElse(null);
		if (nsmot == null || !Tenancy.runAs(nsmot.id(), volunteering::programmes).isEmpty()) {
			return;
		}
		Tenancy.runAs(nsmot.id(), this::load);
	}

	private void load() {
		Volunteering.ProgrammeView library = volunteering.createProgramme("Gyvoji biblioteka", "Living Library",
				"Savanoriškomis veiklomis grindžiama programa: „Gyvosios bibliotekos“ metodu į savanoriškas veiklas "
						+ "įtraukiami žmonės, atstovaujantys socialinę atskirtį patiriančias visuomenės grupes.");
		List<PersonView> volunteers = people.search("", null).stream().limit(4).toList();
		if (volunteers.isEmpty()) {
			return;
		}
		record Given(int volunteer, LocalDate on, String hours, String what) {
		}
		List<Given> given = List.of(
				new Given(0, LocalDate.of(2022, 7, 14), "3", "„Gyvosios knygos“ pokalbis su mokiniais"),
				new Given(1, LocalDate.of(2022, 8, 25), "2.5", "Pasirengimas gyvosios bibliotekos renginiui"),
				new Given(0, LocalDate.of(2022, 9, 22), "4", "Gyvosios bibliotekos renginys bendruomenėje"),
				new Given(2, LocalDate.of(2022, 10, 13), "3", "„Gyvosios knygos“ pokalbis su studentais"),
				new Given(3, LocalDate.of(2022, 11, 17), "2", "Motyvacinė konsultacija naujiems savanoriams"),
				new Given(1, LocalDate.of(2022, 12, 8), "3.5", "Gyvosios bibliotekos renginys NVO atstovams"));
		for (Given one : given) {
			PersonView volunteer = volunteers.get(one.volunteer() % volunteers.size());
			volunteering.record(new Volunteering.ActivityData(library.id(), volunteer.id(), one.on(), one.hours(),
					one.what()));
		}
	}
}
