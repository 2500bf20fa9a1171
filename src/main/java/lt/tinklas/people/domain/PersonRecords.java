package lt.tinklas.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * People of the current network (Hibernate adds the network to every query). Lists are read in SQL
 * (lt.tinklas.people.PersonDirectory).
 */
public interface PersonRecords extends JpaRepository<Person, Long> {

	/** The e-mail and id of each person with one of the e-mails (stored lower case). */
	@Query("select p.email, p.id from Person p where p.email in :emails")
	List<Object[]> findIdsByEmailIn(Collection<String> emails);

	Optional<Person> findByEmail(String email);
}
