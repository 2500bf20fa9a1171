package lt.tinklas.people.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * People of the current network (Hibernate adds the network to every query). Lists are read in SQL
 * (lt.tinklas.people.PersonDirectory).
 */
public interface Persons extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);
}
