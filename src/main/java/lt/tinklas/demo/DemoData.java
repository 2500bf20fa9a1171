package lt.tinklas.demo;

import java.util.List;
import java.util.Locale;

import lt.tinklas.advocacy.Advocacy;
import lt.tinklas.demo.DemoAccounts.DemoUser;
import lt.tinklas.events.Events;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.organizations.Applications;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.projects.Funders;
import lt.tinklas.projects.ProjectBudgets;
import lt.tinklas.projects.ProjectIndicators;
import lt.tinklas.projects.Projects;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.strategy.Strategies;
import lt.tinklas.shared.tenancy.NetworkRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once: the National Poverty Reduction Organizations Network and the NGO
 * Confederation for Children, as the seed documents describe them, and a user for every role.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tinklas.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final String PASSWORD = DemoAccounts.PASSWORD;
	private static final String PLATFORM_ADMIN = DemoAccounts.PLATFORM_ADMIN;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Networks networks;
	private final Users users;
	private final People people;
	private final Events events;
	private final Organizations organizations;
	private final Municipalities municipalities;
	private final Applications applications;
	private final Advocacy advocacy;
	private final Strategies strategies;
	private final DemoProjects.Facades projects;

	DemoData(Networks networks, Users users, People people, Events events, Organizations organizations,
			Municipalities municipalities, Applications applications, Advocacy advocacy,
			Strategies strategies, Projects projects, Funders funders,
			ProjectIndicators projectIndicators, ProjectBudgets projectBudgets) {
		this.projects = new DemoProjects.Facades(projects, funders, projectIndicators, projectBudgets);
		this.strategies = strategies;
		this.advocacy = advocacy;
		this.applications = applications;
		this.organizations = organizations;
		this.municipalities = municipalities;
		this.networks = networks;
		this.users = users;
		this.people = people;
		this.events = events;
	}

	/**
	 * Each step is its own transaction, opened after the network is selected (records owned by a
	 * network are written in a transaction of that network).
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (networks.bySlug("nsmot").isPresent()) {
			logUsers();
			return;
		}
		refuseADatabaseInUse();
		users.ensurePlatformAdmin(PLATFORM_ADMIN, "Platformos administratorius", PASSWORD);
		Locale lt = Locale.forLanguageTag("lt");
		NetworkRef nsmot = networks.create(new Networks.NewNetwork("nsmot",
				"Nacionalinis skurdo mažinimo organizacijų tinklas", DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.NSMOT_ADMIN.name(),
				PASSWORD, true), lt);
		networks.updateSettings(nsmot.id(), new NetworkSettings(
				"Nacionalinis skurdo mažinimo organizacijų tinklas", "NSMOT", "info@smtinklas.lt", "+37066876316",
				null, null,
				"Mažinti skurdą ir socialinę atskirtį, telkiant ir stiprinant NVO.",
				"NVO balsas, reikšmingai keičiantis socialinę politiką.",
				String.join("\n", "Pagarba žmogaus teisėms", "Skaidrumas", "Lyderystė", "Solidarumas",
						"Tvarus veikimas"),
				"NSMOT/{yy}/{mm}/{dd}/{seq:2}", false, "National Network of Poverty Reduction Organizations",
				"To reduce poverty and social exclusion by bringing NGOs together and making them stronger.",
				"A voice of NGOs that changes social policy in earnest.",
				String.join("\n", "Respect for human rights", "Transparency", "Leadership", "Solidarity",
						"Sustainable action"),
				DemoLogos.NSMOT_COLOUR, "Aistė Jonaitienė", "Direktorė", "Director",
				networks.settings(nsmot.id()).version()));
		networks.saveLogo(nsmot.id(), DemoLogos.png(6, DemoLogos.NSMOT_COLOUR));

		NetworkRef children = networks.create(new Networks.NewNetwork("nvo-vaikams", "NVO vaikams konfederacija",
				DemoAccounts.CHILDREN_ADMIN.email(), DemoAccounts.CHILDREN_ADMIN.name(), PASSWORD, true), lt);
		networks.updateSettings(children.id(), new NetworkSettings("NVO vaikams konfederacija", "NVO vaikams",
				"info@nvovaikamskonfederacija.lt", null, null, null,
				// The seeds state the Confederation's main aim; they state no vision or values, so none are invented.
				"Stebėti Jungtinių Tautų vaiko teisių konvencijos įgyvendinimą Lietuvoje ir teikti pasiūlymus dėl "
						+ "vaiko teisių šalyje įgyvendinimo ir apsaugos gerinimo.",
				null, null,
				"NVOVK/{yy}/{mm}/{dd}/{seq:2}", false, "NGOs for Children Confederation",
				"To follow how the UN Convention on the Rights of the Child is carried out in Lithuania and to "
						+ "propose how the rights of the child could be better put into practice and protected.",
				null, null, DemoLogos.CHILDREN_COLOUR, "Rūta Petrauskienė", "Pirmininkė", "Chair",
				networks.settings(children.id()).version()));
		networks.saveLogo(children.id(), DemoLogos.png(3, DemoLogos.CHILDREN_COLOUR));

		List<Long> members = Tenancy.runAs(nsmot.id(), () -> DemoOrganizations.nsmot(organizations, municipalities));
		Tenancy.runAs(nsmot.id(), () -> DemoOrganizations.applications(applications));
		for (DemoUser user : List.of(DemoAccounts.NSMOT_STAFF, DemoAccounts.NSMOT_BOARD, DemoAccounts.NSMOT_MEMBER)) {
			// the member representative speaks for the first member, the Food Bank
			Long organization = user.role() == Role.MEMBER_REP ? members.get(0) : null;
			users.addToNetwork(nsmot.id(), nsmot.name(),
					new Users.NewMember(user.email(), user.name(), "lt", user.role(), organization, PASSWORD));
		}
		users.addToNetwork(children.id(), children.name(), new Users.NewMember(DemoAccounts.CHILDREN_STAFF.email(),
				DemoAccounts.CHILDREN_STAFF.name(), "lt", Role.STAFF, null, PASSWORD));
		Tenancy.runAs(nsmot.id(), () -> {
			DemoPeople.NSMOT.forEach(people::create);
			DemoEvents.nsmot(events, people, members);
			DemoAdvocacy.nsmot(advocacy, events, people, municipalities, members);
			DemoStrategy.events(events, people);
		});
		Tenancy.runAs(nsmot.id(), () -> DemoStrategy.nsmot(strategies));
		Tenancy.runAs(nsmot.id(), () -> DemoProjects.nsmot(projects));
		Tenancy.runAs(children.id(), () -> {
			DemoEvents.confederation(events);
			DemoAdvocacy.confederation(advocacy, events, municipalities);
		});
		// the project links the forum and the congress, so it comes after the events
		Tenancy.runAs(children.id(), () -> DemoProjects.confederation(projects, events));
		log.info("Demo data loaded.");
		logUsers();
	}

	/**
	 * The demo's users have a password everyone knows: they are never written into a database that
	 * already serves someone (a network or a user of its own), such as production reached by mistake
	 * with the demo profile on.
	 */
	private void refuseADatabaseInUse() {
		List<String> held = networks.all().stream().map(n -> n.slug()).toList();
		if (!held.isEmpty() || users.anyUserExists()) {
			throw new IllegalStateException("The demo data goes only into an empty database, and this one is in use"
					+ (held.isEmpty() ? " (it has users)" : " (networks: " + String.join(", ", held) + ")")
					+ ". Start Tinklas without the demo (no SPRING_PROFILES_ACTIVE=demo, tinklas.demo.enabled=false), "
					+ "or point SPRING_DATASOURCE_URL at an empty database.");
		}
	}

	private void logUsers() {
		StringBuilder text = new StringBuilder("Demo users (password for all: " + PASSWORD + "):\n");
		text.append("  PLATFORM_ADMIN  ").append(PLATFORM_ADMIN).append('\n');
		for (DemoUser user : DemoAccounts.NETWORK_USERS) {
			text.append("  %-14s  %-26s %s%n".formatted(user.role(), user.email(), user.network()));
		}
		log.info(text.toString());
	}

}
