package lt.tinklas.support.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import lt.tinklas.identity.Role;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import lt.tinklas.support.ConsultationTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/** The home's card of the support module: a member representative's latest consultations. */
@Configuration
public class SupportHome {

	static final int SHOWN = 5;

	private final EntityManager entityManager;

	SupportHome(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** A consultation of the representative's organization. */
	public record OwnConsultation(long id, LocalDate heldOn, ConsultationTopic topic, LocalDate followUpOn) {
	}

	@Bean
	HomeSection consultationsCard() {
		return HomeSection.of(HomeSection.Group.YOURS, 50, Set.of(Role.MEMBER_REP.authority()),
				"support/home-cards :: consultations", this::consultations);
	}

	/** The organization's latest consultations, in one query. */
	@Transactional(readOnly = true)
	public List<OwnConsultation> consultations(HomeViewer viewer) {
		if (viewer.organizationId() == null) {
			return List.of();
		}
		return entityManager.createQuery("""
				select c.id, c.heldOn, c.topic, c.followUpOn from Consultation c
				where c.organizationId = :organization order by c.heldOn desc, c.id desc""", Object[].class)
			.setParameter("organization", viewer.organizationId())
			.setMaxResults(SHOWN)
			.getResultList()
			.stream()
			.map(row -> new OwnConsultation((Long) row[0], (LocalDate) row[1], (ConsultationTopic) row[2],
					(LocalDate) row[3]))
			.toList();
	}
}
