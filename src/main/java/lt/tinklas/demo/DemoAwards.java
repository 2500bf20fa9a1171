package lt.tinklas.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import lt.tinklas.awards.Awards;
import lt.tinklas.events.EventData;
import lt.tinklas.events.EventFormat;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Confederation's award "Geriausias vaiko draugas" and its 2018 round, handed at "Vaikų
 * žvaigždynas", with the five laureates and their positions as seed 003 names them.
 */
@Component
@Order(23)
@ConditionalOnProperty(name = "tinklas.demo.enabled", havingValue = "true")
class DemoAwards implements ApplicationRunner {

	private final Networks networks;
	private final Awards awards;
	private final Events events;

	DemoAwards(Networks networks, Awards awards, Events events) {
		this.networks = networks;
		this.awards = awards;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		NetworkRef children = networks.bySlug("nvo-vaikams").orElse(null);
		if (children == null || !Tenancy.runAs(children.id(), awards::programmes).isEmpty()) {
			return;
		}
		Tenancy.runAs(children.id(), this::load);
	}

	private void load() {
		EventView ceremony = events.create(new EventData(EventType.AWARD_CEREMONY, "Vaikų žvaigždynas", null,
				"Kasmetinė NVO vaikams konfederacijos šventė, per kurią įteikiami „Geriausio vaiko draugo“ apdovanojimai; "
						+ "po apdovanojimų vaikų laukia edukacinės veiklos, filmo peržiūra, svajonių piešimas ir vaišės.",
				null, at(LocalDate.of(2018, 6, 1), 11), at(LocalDate.of(2018, 6, 1), 15), EventFormat.LIVE,
				"Lietuvos nacionalinė Martyno Mažvydo biblioteka", "LT-57", null, null, null, null, List.of(),
				new BigDecimal("4"), true, null, null, null));
		events.markHeld(ceremony.id());
		Awards.ProgrammeView programme = awards.createProgramme("Geriausias vaiko draugas", "Best friend of the child",
				"Apdovanojimai asmenims, atsakingai ir nuoširdžiai dirbantiems dėl vaikų: rašytojams, mokytojams, "
						+ "politikams, gydytojams, verslo atstovams, mokslininkams. Įteikiami per kasmetinę šventę "
						+ "„Vaikų žvaigždynas“ artėjant birželio 1-ajai – Tarptautinei vaikų gynimo dienai.",
				"Awards to people who work for children responsibly and wholeheartedly, handed at the yearly "
						+ "celebration \"Vaikų žvaigždynas\" before 1 June, the International Children's Day.");
		Awards.RoundView round = awards.createRound(programme.id(), 2018, ceremony.id());
		record Laureate(String name, String position, String organization) {
		}
		List<Laureate> laureates = List.of(
				new Laureate("Vilija Blinkevičiūtė", "Europos Parlamento narė", "Europos Parlamentas"),
				new Laureate("Ramunė Guobaitė-Kirslienė", "Lietuvos Respublikos Prezidentės patarėja", null),
				new Laureate("Jovita Majauskaitė-Staniūlienė", "vykdomoji direktorė", "UNICEF Lietuva"),
				new Laureate("Julius Gregorauskas", "projekto „Vaikų svajonės“ vienas iš iniciatorių", null),
				new Laureate("dr. Jovita Petrulytė", "vadovė", "Vaiko raidos centras"));
		for (Laureate laureate : laureates) {
			awards.addNominee(programme.id(), round.id(), new Awards.NomineeData(null, laureate.name(),
					laureate.position(), laureate.organization(), null, true));
		}
	}

	private static OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(Formats.VILNIUS).toOffsetDateTime();
	}
}
