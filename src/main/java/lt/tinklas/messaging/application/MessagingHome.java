package lt.tinklas.messaging.application;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import lt.tinklas.messaging.domain.OutboxMail;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/** The home's card of the messaging module: the network's mails that could not be sent. */
@Configuration
public class MessagingHome {

	static final int SHOWN = 10;

	private final EntityManager entityManager;

	MessagingHome(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** A mail that failed; {@code givenUp} when it is no longer tried. */
	public record FailedMail(String recipient, String subject, Instant createdAt, int attempts, boolean givenUp) {
	}

	/** The latest failed mails and how many there are in all. */
	public record Failed(List<FailedMail> latest, long count) {
	}

	@Bean
	HomeSection failedMailsCard() {
		return HomeSection.of(HomeSection.Group.TO_DO, 60, HomeSection.authorities(RoleGroup.KEEPERS_AND_READERS),
				"messaging/home-cards :: failed", this::failed);
	}

	/** The network's mails not sent after an attempt that failed, the newest first, in one query. */
	@Transactional(readOnly = true)
	public Failed failed(HomeViewer viewer) {
		List<Object[]> rows = entityManager.createQuery("""
				select m.recipient, m.subject, m.createdAt, m.attempts, count(*) over ()
				from OutboxMail m
				where m.networkId = :network and m.sentAt is null and m.lastError is not null
				order by m.id desc""", Object[].class)
			.setParameter("network", viewer.networkId())
			.setMaxResults(SHOWN)
			.getResultList();
		List<FailedMail> latest = rows.stream()
			.map(row -> new FailedMail((String) row[0], (String) row[1], (Instant) row[2], (Integer) row[3],
					(Integer) row[3] >= OutboxMail.MAX_ATTEMPTS))
			.toList();
		return new Failed(latest, rows.isEmpty() ? 0 : ((Number) rows.get(0)[4]).longValue());
	}
}
