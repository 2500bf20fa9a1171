package lt.tinklas.volunteering.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Volunteering programmes of the current network. */
public interface VolunteerProgrammeRecords extends JpaRepository<VolunteerProgramme, Long> {

	List<VolunteerProgramme> findAllByOrderByNameAsc();
}
