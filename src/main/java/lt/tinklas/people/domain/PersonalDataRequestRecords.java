package lt.tinklas.people.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current network's requests about people's data. */
public interface PersonalDataRequestRecords extends JpaRepository<PersonalDataRequest, Long> {

	List<PersonalDataRequest> findByPersonIdOrderByMadeAt(long personId);
}
