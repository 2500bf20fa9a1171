package lt.tinklas.organizations.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import lt.tinklas.identity.Role;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/** The home's cards of the organizations module: applications waiting, and a representative's own organization. */
@Configuration
public class OrganizationsHome {

	/** The applications the card lists; the count says how many wait in all. */
	static final int SHOWN = 5;

	private final EntityManager entityManager;
	private final Organizations organizations;

	OrganizationsHome(EntityManager entityManager, Organizations organizations) {
		this.entityManager = entityManager;
		this.organizations = organizations;
	}

	/** An application not decided yet. */
	public record Waiting(long id, String name, LocalDate appliedOn, boolean eligible) {
	}

	/** The oldest waiting applications and how many wait. */
	public record Applications(List<Waiting> oldest, long count) {
	}

	/** A representative's organization as the home shows it. */
	public record OwnOrganization(long id, String name, MembershipStatus status, LocalDate memberSince,
			String seatMunicipality) {
	}

	@Bean
	HomeSection applicationsCard() {
		return HomeSection.of(HomeSection.Group.TO_DO, 10, HomeSection.authorities(RoleGroup.READERS),
				"organizations/home-cards :: applications", viewer -> applications());
	}

	@Bean
	HomeSection ownOrganizationCard() {
		return HomeSection.of(HomeSection.Group.YOURS, 10, Set.of(Role.MEMBER_REP.authority()),
				"organizations/home-cards :: own", this::own);
	}

	/** The applications of the current network waiting for a decision, the oldest first. */
	@Transactional(readOnly = true)
	public Applications applications() {
		List<Object[]> rows = entityManager.createQuery("""
				select a.id, a.name, a.appliedOn, a.eligible, count(*) over ()
				from MembershipApplication a where a.status = :pending order by a.appliedOn, a.id""", Object[].class)
			.setParameter("pending", ApplicationStatus.PENDING)
			.setMaxResults(SHOWN)
			.getResultList();
		List<Waiting> oldest = rows.stream()
			.map(row -> new Waiting((Long) row[0], (String) row[1], (LocalDate) row[2], (Boolean) row[3]))
			.toList();
		return new Applications(oldest, rows.isEmpty() ? 0 : ((Number) rows.get(0)[4]).longValue());
	}

	/** The organization a representative speaks for, as of today; null when they are tied to none. */
	@Transactional(readOnly = true)
	public OwnOrganization own(HomeViewer viewer) {
		if (viewer.organizationId() == null) {
			return null;
		}
		OrganizationView organization;
		try {
			organization = organizations.get(viewer.organizationId(), viewer.today());
		}
		catch (NotFoundException e) {
			// the organization was deleted since the representative was tied to it
			return null;
		}
		return new OwnOrganization(organization.id(), organization.name(), organization.membershipStatus(),
				organization.memberSince(), organization.seatMunicipality());
	}
}
