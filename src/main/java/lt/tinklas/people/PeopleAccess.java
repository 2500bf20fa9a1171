package lt.tinklas.people;

import java.time.LocalDate;

import lt.tinklas.identity.NetworkMembership;
import lt.tinklas.identity.Role;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.Users;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which people: staff all of them, a member representative only the people
 * of their own organization (a person of another organization does not exist for them: 404).
 */
@Component
public class PeopleAccess {

	static final long NO_ORGANIZATION = -1L;

	private final Users users;
	private final People people;

	PeopleAccess(Users users, People people) {
		this.users = users;
		this.people = people;
	}

	/** The organization a member representative is limited to; null for everyone else. */
	public Long limitedTo(SignedInUser user) {
		NetworkMembership membership = users.membershipIn(Tenancy.require(), user.id()).orElse(null);
		if (membership == null || membership.role() != Role.MEMBER_REP) {
			return null;
		}
		// a representative not yet tied to an organization sees nobody
		return membership.organizationId() == null ? NO_ORGANIZATION : membership.organizationId();
	}

	public void checkMaySee(SignedInUser user, long personId) {
		Long organization = limitedTo(user);
		if (organization != null && !people.worksAt(personId, organization)) {
			throw new NotFoundException("Person");
		}
	}

	/** A representative adds and keeps people who work at their organization. */
	public void checkMayKeep(SignedInUser user, PersonData data) {
		Long organization = limitedTo(user);
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		if (organization != null && data.affiliations()
			.stream()
			.noneMatch(a -> organization.equals(a.organizationId()) && (a.from() == null || !a.from().isAfter(today))
					&& (a.until() == null || !a.until().isBefore(today)))) {
			throw InvalidInputException.of("affiliations", "person.error.notYourOrganization");
		}
	}
}
