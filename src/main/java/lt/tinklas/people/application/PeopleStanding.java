package lt.tinklas.people.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import lt.tinklas.identity.SignedInUser;
import lt.tinklas.organizations.OrganizationStanding;
import lt.tinklas.people.People;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.people.PersonData;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The people who work at an organization today (“Surname, Name”: position), for its page's
 * overview; a member representative sees those of their own organization only, as on the people list.
 */
@Component
@Order(10)
class PeopleStanding implements OrganizationStanding {

	/** The most people listed on an organization's page; the people list shows them all. */
	static final int SHOWN = 50;

	private final People people;
	private final PeopleAccess access;
	private final MessageSource messages;
	private final NetworkLookup networks;

	PeopleStanding(People people, PeopleAccess access, MessageSource messages, NetworkLookup networks) {
		this.people = people;
		this.access = access;
		this.messages = messages;
		this.networks = networks;
	}

	@Override
	public String heading(Locale locale) {
		return messages.getMessage("people.standing.heading", null, locale);
	}

	@Override
	public List<Line> linesFor(long organizationId, Locale locale) {
		if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user) {
			Long only = access.limitedTo(user);
			if (only != null && only != organizationId) {
				return List.of();
			}
		}
		String base = "/n/" + networks.slugOf(Tenancy.require()) + "/people/";
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		return people.search("", organizationId, 0, SHOWN)
			.items()
			.stream()
			.map(person -> new Line(person.lastName() + ", " + person.firstName(), position(person, organizationId, today),
					base + person.id()))
			.toList();
	}

	private static String position(PersonView person, long organizationId, LocalDate today) {
		return person.affiliations()
			.stream()
			.filter(a -> Objects.equals(a.organizationId(), organizationId)
					&& (a.from() == null || !a.from().isAfter(today)) && (a.until() == null || !a.until().isBefore(today)))
			.map(PersonData.AffiliationData::position)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}
}
