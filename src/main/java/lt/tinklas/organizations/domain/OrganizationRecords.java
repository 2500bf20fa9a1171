package lt.tinklas.organizations.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Organizations of the current network. */
public interface OrganizationRecords extends JpaRepository<Organization, Long> {

	Optional<Organization> findByLegalCode(String legalCode);

	/** The organizations with these legal codes, each with its municipalities and target groups, in one query. */
	@Query("""
			select o from Organization o left join fetch o.municipalities left join fetch o.targetGroups
			where o.legalCode in :legalCodes""")
	List<Organization> findAllWithListsByLegalCodeIn(Collection<String> legalCodes);
}
