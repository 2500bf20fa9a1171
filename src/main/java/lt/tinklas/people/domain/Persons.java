package lt.tinklas.people.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** People of the current network (Hibernate adds the network to every query). */
public interface Persons extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	@Query("select p from Person p where p.searchText like concat('%', :text, '%')")
	List<Person> search(String text);
}
