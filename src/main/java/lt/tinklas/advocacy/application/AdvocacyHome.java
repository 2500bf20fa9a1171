package lt.tinklas.advocacy.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.people.People;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home's cards of the advocacy module: sent positions whose outcome is still not known after
 * {@value #OUTCOME_DAYS} days, and council seats whose term ends within {@value #SEAT_DAYS} days.
 */
@Configuration
public class AdvocacyHome {

	static final int OUTCOME_DAYS = 60;

	static final int SEAT_DAYS = 90;

	static final int SHOWN = 10;

	private final EntityManager entityManager;
	private final People people;

	AdvocacyHome(EntityManager entityManager, People people) {
		this.entityManager = entityManager;
		this.people = people;
	}

	/** A sent position waiting for its outcome. */
	public record PendingPosition(long id, String title, String number, LocalDate sentOn) {
	}

	/** A seat whose term ends soon; {@code person} is empty when nobody holds it. */
	public record EndingSeat(long id, String body, String person, LocalDate until) {
	}

	@Bean
	HomeSection pendingOutcomesCard() {
		return HomeSection.of(HomeSection.Group.TO_DO, 40, HomeSection.authorities(RoleGroup.KEEPERS_AND_READERS),
				"advocacy/home-cards :: outcomes", this::pendingOutcomes);
	}

	@Bean
	HomeSection endingSeatsCard() {
		return HomeSection.of(HomeSection.Group.TO_DO, 50, HomeSection.authorities(RoleGroup.KEEPERS_AND_READERS),
				"advocacy/home-cards :: seats", this::endingSeats);
	}

	/** The positions sent {@value #OUTCOME_DAYS} days ago or earlier whose outcome is still pending, the oldest first. */
	@Transactional(readOnly = true)
	public List<PendingPosition> pendingOutcomes(HomeViewer viewer) {
		return entityManager.createQuery("""
				select p.id, p.title, p.number, p.sentOn from Position p
				where p.sentOn is not null and p.sentOn <= :before and p.outcome = :pending
				order by p.sentOn, p.id""", Object[].class)
			.setParameter("before", viewer.today().minusDays(OUTCOME_DAYS))
			.setParameter("pending", Outcome.PENDING)
			.setMaxResults(SHOWN)
			.getResultList()
			.stream()
			.map(row -> new PendingPosition((Long) row[0], (String) row[1], (String) row[2], (LocalDate) row[3]))
			.toList();
	}

	/** The seats whose term ends from today to {@value #SEAT_DAYS} days on, the soonest first. */
	@Transactional(readOnly = true)
	public List<EndingSeat> endingSeats(HomeViewer viewer) {
		List<Object[]> rows = entityManager.createQuery("""
				select s.id, s.body, s.personId, s.until from CouncilSeat s
				where s.until >= :today and s.until <= :last
				order by s.until, s.id""", Object[].class)
			.setParameter("today", viewer.today())
			.setParameter("last", viewer.today().plusDays(SEAT_DAYS))
			.setMaxResults(SHOWN)
			.getResultList();
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> holders = rows.stream().map(row -> (Long) row[2]).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<Long, String> names = holders.isEmpty() ? Map.of() : people.fullNames(holders);
		return rows.stream()
			.map(row -> new EndingSeat((Long) row[0], (String) row[1],
					row[2] == null ? "" : names.getOrDefault((Long) row[2], ""), (LocalDate) row[3]))
			.toList();
	}
}
