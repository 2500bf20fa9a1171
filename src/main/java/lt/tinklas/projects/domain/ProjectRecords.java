package lt.tinklas.projects.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Projects of the current network. */
public interface ProjectRecords extends JpaRepository<Project, Long> {

	List<Project> findAllByOrderByStartsOnDescIdDesc();

	/** The projects an organization is a partner of, the latest first: id, name, English name, start, end. */
	@Query("select p.id, p.name, p.nameEn, p.startsOn, p.endsOn from Project p join p.partners x where x = :organizationId order by p.startsOn desc, p.id desc")
	List<Object[]> partneredBy(Long organizationId);

	@Query("select p from Project p join p.eventIds e where e = :eventId")
	Optional<Project> findByEvent(Long eventId);

	/** Which of the events some project of the network already has. */
	@Query("select e from Project p join p.eventIds e where e in :eventIds")
	List<Long> linkedAmong(Collection<Long> eventIds);
}
