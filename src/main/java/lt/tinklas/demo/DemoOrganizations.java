package lt.tinklas.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lt.tinklas.organizations.ApplicationData;
import lt.tinklas.organizations.Applications;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.organizations.LegalForm;
import lt.tinklas.organizations.MembershipChange;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Municipality;
import lt.tinklas.organizations.OrganizationData;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.organizations.TargetGroup;

/**
 * NSMOT's members for the demo: the six national organizations seed 000 names and 50 invented
 * regional ones spread over all ten counties. Their legal codes are made up (valid check digits),
 * not the real organizations' codes.
 */
final class DemoOrganizations {

	private record Named(String name, String shortName, LegalForm form, String seat, List<TargetGroup> groups) {
	}

	private static final List<Named> NATIONAL = List.of(
			new Named("Asociacija „Maisto bankas“", "Maisto bankas", LegalForm.ASSOCIATION, "LT-57",
					List.of(TargetGroup.FAMILIES_AND_CHILDREN, TargetGroup.SENIORS, TargetGroup.HOMELESS)),
			new Named("Lietuvos Caritas", "Caritas", LegalForm.RELIGIOUS_COMMUNITY, "LT-19",
					List.of(TargetGroup.HOMELESS, TargetGroup.TRAFFICKING_VICTIMS, TargetGroup.MIGRANTS)),
			new Named("Lietuvos Raudonojo Kryžiaus draugija", "Raudonasis Kryžius", LegalForm.ASSOCIATION, "LT-57",
					List.of(TargetGroup.MIGRANTS, TargetGroup.SENIORS)),
			new Named("Maltos ordino pagalbos tarnyba", "Maltiečiai", LegalForm.PUBLIC_INSTITUTION, "LT-57",
					List.of(TargetGroup.SENIORS, TargetGroup.CHILDREN_AT_RISK)),
			new Named("SOS vaikų kaimų Lietuvoje draugija", "SOS vaikų kaimai", LegalForm.ASSOCIATION, "LT-57",
					List.of(TargetGroup.CHILDREN_AT_RISK, TargetGroup.FAMILIES_AND_CHILDREN)),
			new Named("Organizacija „Gelbėkit vaikus“", "Gelbėkit vaikus", LegalForm.ASSOCIATION, "LT-57",
					List.of(TargetGroup.CHILDREN_AT_RISK, TargetGroup.FAMILIES_AND_CHILDREN)));

	private record Kind(String name, LegalForm form, List<TargetGroup> groups) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("vaikų dienos centras", LegalForm.PUBLIC_INSTITUTION, List.of(TargetGroup.CHILDREN_AT_RISK)),
			new Kind("senjorų bendrija", LegalForm.ASSOCIATION, List.of(TargetGroup.SENIORS)),
			new Kind("šeimų paramos asociacija", LegalForm.ASSOCIATION, List.of(TargetGroup.FAMILIES_AND_CHILDREN)),
			new Kind("socialinių paslaugų centras", LegalForm.PUBLIC_INSTITUTION,
					List.of(TargetGroup.SENIORS, TargetGroup.PEOPLE_WITH_DISABILITIES)),
			new Kind("neįgaliųjų draugija", LegalForm.ASSOCIATION, List.of(TargetGroup.PEOPLE_WITH_DISABILITIES)),
			new Kind("krizių centras", LegalForm.PUBLIC_INSTITUTION,
					List.of(TargetGroup.VIOLENCE_VICTIMS, TargetGroup.FAMILIES_AND_CHILDREN)),
			new Kind("jaunimo užimtumo centras", LegalForm.PUBLIC_INSTITUTION,
					List.of(TargetGroup.YOUTH, TargetGroup.UNEMPLOYED)),
			new Kind("psichikos sveikatos bendrija", LegalForm.ASSOCIATION, List.of(TargetGroup.MENTAL_HEALTH)),
			new Kind("labdaros ir paramos fondas", LegalForm.CHARITY_FOUNDATION,
					List.of(TargetGroup.HOMELESS, TargetGroup.ADDICTIONS)));

	static final String DEMO_NOTE = "Demonstraciniai duomenys: juridinio asmens kodas ir kiti duomenys išgalvoti.";

	private DemoOrganizations() {
	}

	/** Loads the members (runs with NSMOT selected) and returns their ids. */
	static List<Long> nsmot(Organizations organizations, Municipalities municipalities) {
		List<Long> ids = new ArrayList<>();
		int serial = 0;
		for (Named named : NATIONAL) {
			long national = organizations.create(data(code(serial), named.name(), named.shortName(), named.form(),
					named.seat(), named.groups(), LocalDate.of(2006 + serial, 11, 15))).id();
			organizations.keepNotes(national, DEMO_NOTE);
			ids.add(national);
			serial++;
		}
		// round robin over the counties, so that every county has members
		Map<String, List<Municipality>> byCounty = municipalities.all()
			.stream()
			.sorted(Comparator.comparing(Municipality::isoCode))
			.collect(Collectors.groupingBy(Municipality::countyIso, TreeMap::new, Collectors.toList()));
		List<Municipality> seats = new ArrayList<>();
		for (int round = 0; seats.size() < 50; round++) {
			for (List<Municipality> county : byCounty.values()) {
				if (round < county.size() && seats.size() < 50) {
					seats.add(county.get(round));
				}
			}
		}
		for (int i = 0; i < seats.size(); i++) {
			Municipality seat = seats.get(i);
			Kind kind = KINDS.get(i % KINDS.size());
			String place = seat.shortName().replace(" sav.", "");
			LocalDate joined = LocalDate.of(2008 + (i % 17), 1 + (i % 12), 1 + (i % 27));
			long id = organizations.create(data(code(serial), place + " " + kind.name(), null, kind.form(),
					seat.isoCode(), kind.groups(), joined)).id();
			organizations.keepNotes(id, DEMO_NOTE);
			ids.add(id);
			serial++;
			if (i == 7) {
				organizations.changeMembership(id, MembershipChange.SUSPENDED, LocalDate.of(2025, 3, 1), null, null,
						"Nesumokėtas nario mokestis");
			}
			if (i == 13) {
				organizations.changeMembership(id, MembershipChange.LEFT, LocalDate.of(2024, 12, 31), null, null,
						"Organizacija likviduojama");
			}
		}
		return ids;
	}

	/** Three applications waiting for the board: one eligible, one too young, one without NGO status. */
	static void applications(Applications applications) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Vilnius"));
		applications.apply(new ApplicationData(code(900).orElseThrow(), "Pagėgių bendruomenės centras",
				LegalForm.ASSOCIATION, LocalDate.of(2015, 4, 2), LocalDate.of(2016, 1, 12), null, "LT-29",
				"info@pageguibendruomene.pavyzdys.lt", "Daiva Stonkienė", "daiva@pageguibendruomene.pavyzdys.lt",
				"Norime prisidėti prie skurdo mažinimo pasienio regione.", today.minusDays(12), null));
		applications.apply(new ApplicationData(code(901).orElseThrow(), "Birštono šeimos namai",
				LegalForm.PUBLIC_INSTITUTION, today.minusMonths(7), today.minusMonths(5), null, "LT-05", null,
				"Lina Vaitkutė", "lina@birstonosn.pavyzdys.lt", "Teikiame pagalbą šeimoms.", today.minusDays(5), null));
		applications.apply(new ApplicationData(code(902).orElseThrow(), "Neringos senjorų klubas",
				LegalForm.ASSOCIATION, LocalDate.of(2012, 9, 1), null, null, "LT-28", null, "Petras Jonaitis",
				"petras@neringosenjorai.pavyzdys.lt", null, today.minusDays(2), null));
	}

	private static OrganizationData data(Optional<String> code, String name, String shortName,
			LegalForm form, String seat, List<TargetGroup> groups, LocalDate joined) {
		return new OrganizationData(code.orElseThrow(), name, shortName, form, joined.minusYears(3),
				joined.minusYears(2), null, seat, List.of(seat), groups, List.of("Konsultacijos", "Užimtumo veiklos"),
				null, null, null, null, 5 + name.length() % 20, 10 + name.length() % 40, joined, null);
	}

	/** The n-th demo code: eight digits from a fixed start, completed with their check digit. */
	private static Optional<String> code(int n) {
		for (int candidate = 30100000 + n * 11;; candidate++) {
			Optional<String> code = LegalCode.complete(String.valueOf(candidate));
			if (code.isPresent()) {
				return code;
			}
		}
	}
}
