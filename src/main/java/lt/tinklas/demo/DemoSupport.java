package lt.tinklas.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.support.ConsultationData;
import lt.tinklas.support.ConsultationTopic;
import lt.tinklas.support.Consultations;
import lt.tinklas.support.QualityStage;
import lt.tinklas.support.QualityStandardView;
import lt.tinklas.support.QualityStandards;
import lt.tinklas.support.StageData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * NSMOT's support to its members: the NOKAS standard (levels basic and higher) and EQUASS; the
 * NOKAS way of a dozen members from 2023 (some certified, one stopped) and EQUASS of two; its
 * 2025 consultations on quality, transparency and reports, and reviews of members' 2024 reports.
 * The seeds name the standards, the stages and the kinds of consultation; which member is where,
 * the days and the texts are the demo's.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "tinklas.demo.enabled", havingValue = "true")
class DemoSupport implements ApplicationRunner {

	private static final QualityStage[] PATH = { QualityStage.INTRODUCTORY_TRAINING, QualityStage.INDIVIDUAL_CONSULTING,
			QualityStage.IMPACT_TRAINING, QualityStage.INTERNAL_AUDIT, QualityStage.EXTERNAL_AUDIT,
			QualityStage.CERTIFIED };

	private final Networks networks;
	private final Consultations consultations;
	private final QualityStandards quality;
	private final Organizations organizations;
	private final People people;

	DemoSupport(Networks networks, Consultations consultations, QualityStandards quality, Organizations organizations,
			People people) {
		this.networks = networks;
		this.consultations = consultations;
		this.quality = quality;
		this.organizations = organizations;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		NetworkRef nsmot = networks.bySlug("nsmot").orElse(null);
		if (nsmot == null || !Tenancy.runAs(nsmot.id(), () -> quality.standards().isEmpty())) {
			return;
		}
		Tenancy.runAs(nsmot.id(), this::load);
	}

	private void load() {
		QualityStandardView nokas = quality.addStandard("NOKAS", List.of("bazinis", "aukštesnysis"));
		QualityStandardView equass = quality.addStandard("EQUASS", List.of());
		long foodBank = organizations.search(new OrganizationFilter("Maisto bankas", null, null, null, null, null), 0, 1)
			.items()
			.get(0)
			.id();
		List<Long> members = new ArrayList<>();
		members.add(foodBank);
		organizations.names().keySet().stream().filter(id -> id != foodBank).limit(11).forEach(members::add);

		// how far each member went: the number of stages reached; eleven started in 2023, as the
		// strategy's NOKAS indicator reports for that year, one in 2024
		int[] reached = { 6, 6, 6, 5, 4, 4, 3, 3, 2, 2, 1, 1 };
		for (int i = 0; i < members.size(); i++) {
			LocalDate start = i < 11 ? LocalDate.of(2023, 2 + i, 10) : LocalDate.of(2024, 2, 15);
			String level = i % 3 == 0 ? "aukštesnysis" : "bazinis";
			LocalDate day = start;
			for (int s = 0; s < reached[i] && day.getYear() <= 2025; s++) {
				quality.record(members.get(i), new StageData(nokas.id(), level, PATH[s], day,
						s == 5 ? "https://www.nokas.lt" : null, note(PATH[s])));
				day = day.plusMonths(s == 1 ? 7 : 3);
			}
		}
		// one member put the standard aside after its individual consulting
		if (members.size() > 9) {
			quality.record(members.get(9), new StageData(nokas.id(), null, QualityStage.STOPPED,
					LocalDate.of(2025, 3, 31), null, "Diegimas atidėtas dėl darbuotojų kaitos."));
		}
		for (int i = 0; i < 2 && i < members.size(); i++) {
			long member = members.get(members.size() - 1 - i);
			quality.record(member, new StageData(equass.id(), null, QualityStage.EXTERNAL_AUDIT,
					LocalDate.of(2023, 9 + i, 20), null, "EQUASS išorinis auditas"));
			quality.record(member, new StageData(equass.id(), null, QualityStage.CERTIFIED,
					LocalDate.of(2023, 11 + i, 1), "https://equass.be", "Sertifikatas trejiems metams"));
		}

		Long consultant = people.search("", null).stream().map(PersonView::id).findFirst().orElse(null);
		ConsultationTopic[] topics = { ConsultationTopic.QUALITY, ConsultationTopic.TRANSPARENCY,
				ConsultationTopic.REPORTING };
		String[] summaries = { "Aptarti NOKAS bazinio lygio reikalavimai ir vidinio audito pasirengimas.",
				"Aptarta, kaip viešinti finansavimo šaltinius ir metinę ataskaitą interneto svetainėje.",
				"Peržiūrėti metinės veiklos ataskaitos reikalavimai ir pateikimo Registrų centrui terminai." };
		for (int i = 0; i < 6 && i < members.size(); i++) {
			long member = members.get(i);
			List<Long> consulted = people.search("", member).stream().map(PersonView::id).limit(2).toList();
			LocalDate on = LocalDate.of(2025, 2 + i, 12);
			consultations.create(new ConsultationData(member, on, topics[i % 3], consultant, consulted, 60 + 30 * (i % 3),
					summaries[i % 3], i % 2 == 0 ? on.plusMonths(2) : null));
		}
		consultations.create(new ConsultationData(foodBank, LocalDate.of(2025, 9, 18), ConsultationTopic.REPORTING,
				consultant, List.of(), 45, "Aptartos 2024 m. ataskaitos pastabos.", null));

		for (int i = 0; i < 4 && i < members.size(); i++) {
			consultations.review(members.get(i), 2024, LocalDate.of(2025, 5, 5 + i),
					i == 1 ? "Trūko finansinės atskaitomybės priedų; organizacija juos pateikė." : "Pastabų nėra.",
					true);
		}
		if (members.size() > 4) {
			consultations.review(members.get(4), 2024, LocalDate.of(2025, 5, 20),
					"Ataskaita pateikta pavėluotai ir be veiklos rezultatų aprašymo.", false);
		}
	}

	private static String note(QualityStage stage) {
		return switch (stage) {
			case INTRODUCTORY_TRAINING -> "Dalyvavo NOKAS standarto įvadiniuose mokymuose";
			case INDIVIDUAL_CONSULTING -> "Individualios konsultacijos su NOKAS konsultantu";
			case IMPACT_TRAINING -> "Poveikio matavimo mokymai";
			case INTERNAL_AUDIT -> "Vidinio audito ataskaita";
			case EXTERNAL_AUDIT -> "Išorinio audito ataskaita";
			default -> null;
		};
	}
}
