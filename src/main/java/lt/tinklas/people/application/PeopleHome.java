package lt.tinklas.people.application;

import java.util.Set;

import lt.tinklas.identity.Role;
import lt.tinklas.people.People;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home's card of the people module: the people of a member representative's organization. */
@Configuration
public class PeopleHome {

	static final int SHOWN = 10;

	private final People people;

	PeopleHome(People people) {
		this.people = people;
	}

	@Bean
	HomeSection ownPeopleCard() {
		return HomeSection.of(HomeSection.Group.YOURS, 20, Set.of(Role.MEMBER_REP.authority()),
				"people/home-cards :: own", this::own);
	}

	/** The first page of the people who work at the organization today, by name; null for a representative tied to none. */
	public PersonPage own(HomeViewer viewer) {
		return viewer.organizationId() == null ? null : people.search("", viewer.organizationId(), 0, SHOWN);
	}
}
